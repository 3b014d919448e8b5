package vn.ruralstat.rulebook;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.ruralstat.message.Message;

/**
 * Which rulebook a figure group was computed under: id, version ("1", or "1+vi-du" with a
 * province's overrides), title and the instrument it is cited by ("QĐ 318/QĐ-TTg"). Criteria
 * matrices, indicator evaluations and poverty figures carry it, so that outputs name the rulebook
 * of each figure.
 */
public record RulebookStamp(String id, String version, String title, String shortSource) {

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
     * giai đoạn 2021-2025 (QĐ 318/QĐ-TTg)", followed by ", bản điều chỉnh của tỉnh Vi Du" when a
     * province's overrides apply.
     */
    public String officialName() {
        String name = shortSource == null || shortSource.isEmpty() ? title : title + " (" + shortSource + ")";
        if (!overridden()) return name;
        return Message.of("rulebook.officialName.provinceVersion", name, provinceName())
                .vi();
    }

    /**
     * The province of an override version, from its file name ("hai-phong" reads "Hai Phong"): the
     * override files are named by the province without diacritics, the only name the rulebook knows.
     */
    private String provinceName() {
        String slug = version.substring(version.indexOf('+') + 1);
        return Arrays.stream(slug.split("-"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
