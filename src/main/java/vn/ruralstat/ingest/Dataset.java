package vn.ruralstat.ingest;

/** The kinds of table ruralstat recognises. */
public enum Dataset {
    /** Households by poverty status, one row per village of a commune (seed 003 appendix). */
    VILLAGE_POVERTY,
    /** NTM criteria met or planned, one row per commune of a parent unit (seed 004, last table). */
    CRITERIA_MATRIX,
    /** Communes with the year each aims to reach NTM, advanced and model NTM (seed 004). */
    COMMUNE_TARGETS
}
