package vn.ruralstat.rulebook;

import java.util.List;

/**
 * One criterion (tiêu chí) of an NTM rulebook. It is met when all its indicators are met.
 *
 * @param group the group heading of the 2021-2025 set ("I. Quy hoạch"); empty for 2026-2030
 */
public record Criterion(String code, String nameVi, String nameEn, String group, Confidence nameConfidence,
        String source, String note, List<Indicator> indicators) {

    public Criterion {
        indicators = List.copyOf(indicators);
    }
}
