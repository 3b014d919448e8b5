package vn.ruralstat.criteria;

/**
 * A cell of the criteria matrix: met ("x", "Đạt"), planned for a year ("2024", "năm 2024"),
 * not met ("Chưa đạt"), blank, or text we could not read (kept as typed).
 */
public record CriterionStatus(Kind kind, Integer year, String raw) {

    public enum Kind {
        MET,
        PLANNED,
        NOT_MET,
        BLANK,
        UNRECOGNISED
    }

    public static final CriterionStatus BLANK = new CriterionStatus(Kind.BLANK, null, "");

    public boolean isMet() {
        return kind == Kind.MET;
    }

    public boolean isPlanned() {
        return kind == Kind.PLANNED;
    }

    /** What the consolidated matrix shows: "x", the year, or the text as typed. */
    public String display() {
        return switch (kind) {
            case MET -> "x";
            case PLANNED -> String.valueOf(year);
            case BLANK -> "";
            case NOT_MET, UNRECOGNISED -> raw;
        };
    }
}
