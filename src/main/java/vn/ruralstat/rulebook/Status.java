package vn.ruralstat.rulebook;

/** Outcome of an indicator, a criterion or a commune against a rulebook. */
public enum Status {
    MET("Đạt", "met"),
    NOT_MET("Chưa đạt", "not met"),
    /** The value is missing or unreadable, or the target is unknown: see the verdict's cause. */
    NOT_ASSESSABLE("Chưa đánh giá được", "not assessable");

    private final String vi;
    private final String en;

    Status(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
