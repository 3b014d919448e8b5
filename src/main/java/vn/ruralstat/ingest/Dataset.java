package vn.ruralstat.ingest;

/** The kinds of table ruralstat recognises. */
public enum Dataset {
    /** Households by poverty status, one row per village of a commune (seed 003 appendix). */
    VILLAGE_POVERTY,
    /** NTM criteria met or planned, one row per commune of a parent unit (seed 004, last table). */
    CRITERIA_MATRIX,
    /** Communes with the year each aims to reach NTM, advanced and model NTM (seed 004). */
    COMMUNE_TARGETS,
    /** One indicator per row with one commune's value and/or self-assessment (seed 002 appendix shape). */
    INDICATOR_TABLE,
    /** One commune per row, one indicator per column. */
    INDICATOR_MATRIX,
    /** Communes with their group (1/2/3) or region and their parent unit. */
    COMMUNE_REGISTER
}
