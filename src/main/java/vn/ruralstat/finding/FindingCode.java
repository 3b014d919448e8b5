package vn.ruralstat.finding;

import vn.ruralstat.message.Message;

/** Stable codes of findings; the code never changes once published, the wording may. */
public enum FindingCode {
    FILE_UNREADABLE(Severity.ERROR),
    FILE_UNSUPPORTED(Severity.INFO),
    SHEET_NO_TABLE(Severity.INFO),
    UNIT_UNKNOWN(Severity.WARNING),
    PERIOD_UNKNOWN(Severity.WARNING),
    UNIT_FROM_FILE_NAME(Severity.WARNING),
    PERIOD_FROM_FILE_NAME(Severity.WARNING),
    DUPLICATE_SUBMISSION(Severity.WARNING),
    ROW_REJECTED(Severity.ERROR),
    /** Rows with figures outside every table of a sheet: not read. */
    ROWS_OUTSIDE_TABLE(Severity.WARNING),
    VALUE_NOT_NUMERIC(Severity.ERROR),
    VALUE_NEGATIVE(Severity.ERROR),
    VALUE_NOT_WHOLE(Severity.ERROR),
    COUNT_TOO_LARGE(Severity.ERROR),
    /** A table whose counts would take the run's totals past what can be added exactly: refused whole. */
    TOTAL_TOO_LARGE(Severity.ERROR),
    NUMBER_AMBIGUOUS(Severity.WARNING),
    PERCENT_IN_COUNT_COLUMN(Severity.ERROR),
    COUNT_IN_PERCENT_COLUMN(Severity.ERROR),
    RATE_OUT_OF_RANGE(Severity.ERROR),
    TOTAL_CELL_UNREADABLE(Severity.WARNING),
    HIDDEN_SHEET_READ(Severity.INFO),
    HIDDEN_ROWS_READ(Severity.INFO),
    HIDDEN_COLUMNS_READ(Severity.INFO),
    UNIT_NEAR_MATCH(Severity.WARNING),
    UNIT_NOT_IN_REGISTER(Severity.WARNING),
    UNIT_OLD_NAME(Severity.INFO),
    LEGACY_ENCODING_CONVERTED(Severity.INFO),
    LEGACY_ENCODING_UNSURE(Severity.WARNING),
    ANNOTATED_COPY_FAILED(Severity.WARNING),
    INDICATOR_DISAGREES_WITH_DATA(Severity.ERROR),
    SELF_ASSESSMENT_CONTRADICTS(Severity.ERROR),
    SELF_ASSESSMENT_WITHOUT_VALUE(Severity.WARNING),
    SELF_ASSESSMENT_UNREADABLE(Severity.WARNING),
    TARGETS_MISSING_FOR_GROUP(Severity.WARNING),
    INDICATOR_UNKNOWN(Severity.WARNING),
    COMMUNE_GROUP_UNKNOWN(Severity.WARNING),
    RULEBOOK_UNKNOWN(Severity.WARNING),
    RULEBOOK_MIX(Severity.ERROR),
    POOR_ABOVE_TOTAL(Severity.ERROR),
    NEAR_POOR_ABOVE_TOTAL(Severity.ERROR),
    RATE_MISMATCH(Severity.ERROR),
    TOTAL_MISMATCH(Severity.ERROR),
    /** A mistyped count the evidence settles (rate and totals row agree on the value, and a slip or the previous period): the likely value is used. */
    VALUE_CORRECTED(Severity.ERROR),
    /** A count likely mistyped, on too little evidence to correct it: the typed value is kept, its figures marked. */
    VALUE_SUSPECTED(Severity.ERROR),
    /** A row's figures disagree with no single cell to blame: the candidates are listed, the figures marked. */
    FIGURES_DISAGREE(Severity.ERROR),
    YEAR_OVER_YEAR_JUMP(Severity.WARNING),
    COUNT_IMPLAUSIBLE(Severity.WARNING),
    AVERAGE_MISMATCH(Severity.ERROR),
    COUNT_MISMATCH(Severity.ERROR),
    NOTE_MISMATCH(Severity.WARNING),
    DUPLICATE_UNIT(Severity.ERROR),
    CRITERION_CELL_UNRECOGNISED(Severity.WARNING),
    COMMUNE_GROUP_UNRECOGNISED(Severity.WARNING),
    CRITERIA_SET_UNDECIDED(Severity.ERROR),
    PLANNED_AFTER_TARGET(Severity.WARNING),
    TARGET_WITHOUT_CRITERIA(Severity.INFO),
    /** A chart could not be drawn: the report is written without it. */
    CHART_FAILED(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * The finding's name as officers read it in the outputs ("Bảng gửi trùng"), from the catalogue
     * key {@code finding.<CODE>.name}: the code itself is for machines and the JSON.
     */
    public String officialName() {
        return Message.of("finding." + name() + ".name").vi();
    }
}
