package vn.ruralstat.jobdef;

import java.util.Locale;

/** What a job does, written in lower case after {@code kind:} in its definition file. */
public enum JobKind {

    /** Reads the input folder into the database and writes the consolidated report (the nightly job). */
    CONSOLIDATION,
    /** Writes the workbook, charts and JSON of some units and periods from what is stored. */
    SUMMARY,
    /** Compares units across a range of years from what is stored (annual and five-year reviews). */
    REVIEW;

    /** The word written in a definition file: {@code consolidation}, {@code summary}, {@code review}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
