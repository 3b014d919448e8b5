package vn.ruralstat.finding;

/** How much a finding matters to the officer reading the report. */
public enum Severity {
    /** The figure used differs from the reported one, or data could not be used. */
    ERROR,
    /** Something looks wrong but the figures are still usable. */
    WARNING,
    /** Worth knowing; nothing is wrong with the figures. */
    INFO
}
