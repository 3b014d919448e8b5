package vn.ruralstat.rulebook;

import java.util.List;

/**
 * The outcome of one criterion: met when all its indicators are met, not met when any is not
 * met, otherwise not assessable.
 */
public record CriterionVerdict(
        String criterion, Status status, List<Verdict> indicators, String reasonVi, String reasonEn) {

    public CriterionVerdict {
        indicators = List.copyOf(indicators);
    }

    public long indicatorsMet() {
        return indicators.stream().filter(v -> v.status() == Status.MET).count();
    }
}
