package vn.ruralstat.rulebook;

/**
 * Which rulebook a figure group was computed under: id, version ("1", or "1+vi-du" with a
 * province's overrides) and title. Criteria matrices, indicator evaluations and poverty figures
 * carry it, so that outputs name the rulebook of each figure.
 */
public record RulebookStamp(String id, String version, String title) {

    /** Whether a province's overrides changed the rulebook: its version then says which ("1+vi-du"). */
    public boolean overridden() {
        return version != null && version.contains("+");
    }

    /** "NTM-2026-2030", or "NTM-2026-2030 v1+vi-du" when a province's overrides apply. */
    public String label() {
        return overridden() ? id + " v" + version : id;
    }
}
