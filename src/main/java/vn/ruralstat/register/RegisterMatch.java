package vn.ruralstat.register;

import java.util.List;

/**
 * What the register made of a name: one unit (perhaps through its name before the reform),
 * several namesakes the context did not tell apart, or no unit at all with the closest
 * register names.
 *
 * @param unit       the unit found; null unless {@link #found()}
 * @param oldName    the unit before the reform whose name was written, when a name of before 1/7/2025
 *                   led to today's unit; else null
 * @param candidates the namesakes when ambiguous; else empty
 * @param closest    the closest register names when not found ("Xã Tân Lập (Tỉnh Phú Thọ)"); else empty
 */
public record RegisterMatch(
        Outcome outcome,
        RegisteredUnit unit,
        RegisteredUnit oldName,
        List<RegisteredUnit> candidates,
        List<String> closest) {

    public enum Outcome {
        FOUND,
        FOUND_BY_OLD_NAME,
        AMBIGUOUS,
        NOT_FOUND
    }

    public RegisterMatch {
        candidates = List.copyOf(candidates);
        closest = List.copyOf(closest);
    }

    static RegisterMatch found(RegisteredUnit unit) {
        return new RegisterMatch(Outcome.FOUND, unit, null, List.of(), List.of());
    }

    static RegisterMatch byOldName(RegisteredUnit unit, RegisteredUnit oldName) {
        return new RegisterMatch(Outcome.FOUND_BY_OLD_NAME, unit, oldName, List.of(), List.of());
    }

    static RegisterMatch ambiguous(List<RegisteredUnit> candidates) {
        return new RegisterMatch(Outcome.AMBIGUOUS, null, null, candidates, List.of());
    }

    static RegisterMatch notFound(List<String> closest) {
        return new RegisterMatch(Outcome.NOT_FOUND, null, null, List.of(), closest);
    }

    /** True when one unit was found, by its name or its name before the reform. */
    public boolean found() {
        return unit != null;
    }

    /** The code of the unit found, or null. */
    public String code() {
        return unit == null ? null : unit.code();
    }
}
