package vn.ruralstat.rulebook;

import java.util.List;

/**
 * One criterion (tiêu chí) of an NTM rulebook. It is met when all its indicators are met.
 *
 * @param group  the group heading of the 2021-2025 set ("I. Quy hoạch"); empty for 2026-2030
 * @param column how a matrix form shows it; null when no matrix form does
 */
public record Criterion(
        String code,
        String nameVi,
        String nameEn,
        String group,
        Confidence nameConfidence,
        String source,
        String note,
        List<Indicator> indicators,
        CriterionColumn column) {

    public Criterion {
        indicators = List.copyOf(indicators);
    }

    /** A criterion no matrix form shows as a column. */
    public Criterion(
            String code,
            String nameVi,
            String nameEn,
            String group,
            Confidence nameConfidence,
            String source,
            String note,
            List<Indicator> indicators) {
        this(code, nameVi, nameEn, group, nameConfidence, source, note, indicators, null);
    }

    /** The name outputs show: the matrix form's spelling when the rulebook gives one, else {@link #nameVi}. */
    public String shownName() {
        return column != null && !column.shownName().isEmpty() ? column.shownName() : nameVi;
    }
}
