package vn.ruralstat.rulebook;

import java.util.List;

/**
 * Which rulebook a figure group was computed under: id, version ("1", or "1+vi-du" with a
 * province's overrides), title, the instrument it is cited by ("QĐ 318/QĐ-TTg") and what changed
 * its targets, in Vietnamese ("bản điều chỉnh của tỉnh …"). Criteria matrices, indicator
 * evaluations and poverty figures carry it, so that outputs name the rulebook of each figure.
 */
public record RulebookStamp(String id, String version, String title, String shortSource, List<String> amendments) {

    public RulebookStamp {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** Whether a province's overrides changed the rulebook: its version then says which ("1+vi-du"). */
    public boolean overridden() {
        return version != null && version.contains("+");
    }

    /** "NTM-2026-2030", or "NTM-2026-2030 v1+vi-du" when a province's overrides apply: a key, not for officers. */
    public String label() {
        return overridden() ? id + " v" + version : id;
    }

    /**
     * The rulebook as an officer knows it, never by its id: "Bộ tiêu chí quốc gia về xã nông thôn mới
     * giai đoạn 2021-2025 (QĐ 318/QĐ-TTg)", followed by what changed its targets (", bản điều chỉnh
     * của tỉnh Vi Du").
     */
    public String officialName() {
        String name = shortSource == null || shortSource.isEmpty() ? title : title + " (" + shortSource + ")";
        return amendments.isEmpty() ? name : name + ", " + String.join(", ", amendments);
    }
}
