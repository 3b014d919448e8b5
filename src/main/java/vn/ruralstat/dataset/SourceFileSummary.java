package vn.ruralstat.dataset;

/**
 * One input file of a run and what became of its rows. The row accounting balances:
 * {@code rowsRead == rowsUsed + rowsRejected + rowsOther}, where "other" are rows recognised as
 * not being data (titles, headers, code rows, totals, notes, blank rows).
 *
 * @param path   path relative to the input folder, with "/" separators
 * @param status READ, FAILED (unreadable), NO_TABLE (nothing recognised) or SUPERSEDED
 */
public record SourceFileSummary(
        String path,
        String sha256,
        long sizeBytes,
        String status,
        String message,
        int tables,
        int rowsRead,
        int rowsUsed,
        int rowsRejected,
        int rowsOther) {}
