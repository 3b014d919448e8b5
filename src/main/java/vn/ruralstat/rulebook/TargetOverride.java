package vn.ruralstat.rulebook;

/** One row of a province's overrides file: the target that replaces the national one for a key. */
public record TargetOverride(String rulebookId, String indicatorCode, Target target, long line) {}
