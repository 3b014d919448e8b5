package vn.ruralstat.sheet;

/**
 * What a column's numbers mean. It decides how {@link VietnameseNumbers} reads a separator that
 * could go either way ("1,502") and whether a percent-formatted cell is scaled to percent units.
 */
public enum ColumnMeaning {

    /** Whole numbers of households, communes or criteria: a lone group of three digits is read as thousands. */
    COUNT,

    /** Rates in percent units ("4,32" is 4.32 %); a percent-formatted cell holding 0.0432 reads as 4.32. */
    PERCENT,

    /** A year from 1900 to 2100, written "2024", "năm 2024" or "Năm 2024". */
    YEAR,

    /** Any other measure (area, money, average): a lone group of three digits is read as decimals. */
    DECIMAL
}
