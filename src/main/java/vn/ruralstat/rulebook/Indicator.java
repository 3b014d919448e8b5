package vn.ruralstat.rulebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One indicator (chỉ tiêu) of a criterion, with its targets per key.
 *
 * @param code           "4.1"; a criterion with a single indicator gives it its own code ("5")
 * @param nameVi         the name as published (LaTeX and footnote marks of the source kept)
 * @param nameConfidence whether the name was read in a source or recalled
 * @param leadOffice     "Đơn vị chủ trì thực hiện" as published; empty when not given
 * @param partnerOffices "Đơn vị phối hợp" as published; empty when not given
 * @param note           what was odd in the source (wrapped rows, footnotes, typos); empty if nothing
 * @param targets        one per key; an unknown target is present with {@link Comparison#UNKNOWN}
 */
public record Indicator(
        String code,
        String criterionCode,
        String nameVi,
        String nameEn,
        Confidence nameConfidence,
        String leadOffice,
        String partnerOffices,
        String source,
        String note,
        List<Target> targets) {

    public Indicator {
        targets = List.copyOf(targets);
    }

    /**
     * The target for {@code key}: its own row, else the general row ({@code *}), else an unset
     * target saying there is none.
     */
    public Target targetFor(String key) {
        for (Target t : targets) if (t.key().equals(key)) return t;
        for (Target t : targets) if (t.key().equals(Target.GENERAL_KEY)) return t;
        return Target.unset(key, "no target row for key " + key);
    }

    /** The name as a reader sees it: "$\geq 50\%$" becomes "≥ 50%". */
    public String plainNameVi() {
        return PublishedText.plain(nameVi);
    }

    /** The partner offices one by one, split at the commas and semicolons of the published text. */
    public List<String> partnerOfficeList() {
        return Arrays.stream(partnerOffices.split("[,;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** This indicator with {@code target} in place of the one for the same key (or added). */
    Indicator withTarget(Target target) {
        List<Target> replaced = new ArrayList<>();
        boolean found = false;
        for (Target t : targets) {
            if (t.key().equals(target.key())) {
                replaced.add(target);
                found = true;
            } else {
                replaced.add(t);
            }
        }
        if (!found) replaced.add(target);
        return new Indicator(
                code,
                criterionCode,
                nameVi,
                nameEn,
                nameConfidence,
                leadOffice,
                partnerOffices,
                source,
                note,
                replaced);
    }
}
