package vn.ruralstat.dataset;

import java.util.List;
import java.util.Optional;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.SheetRow;

/**
 * Recognises one dataset's tables by their header words and reads their rows. Each dataset
 * package provides one as a Spring bean; adding a dataset means adding a reader, not changing
 * the scanner.
 */
public interface DatasetReader {

    /** The dataset this reader recognises, declared by its package. */
    DatasetId dataset();

    /**
     * The rank of the unit a table of this dataset covers, as {@link vn.ruralstat.sheet.UnitMention#rank()}
     * counts it: 2 (a parent unit, whose communes are the rows) by default; 1 for a table of one
     * commune (its villages, or its own indicators).
     */
    default int tableUnitRank() {
        return 2;
    }

    /**
     * The field whose header names the period, before the title ("Tổng số hộ dân cuối năm 2025"
     * under a plan titled "… năm 2026"); none by default.
     */
    default Optional<String> periodField() {
        return Optional.empty();
    }

    /**
     * True for a dataset whose period is that of the rulebook it belongs to, so that the rulebook
     * named in the title gives it (a commune group register "theo Bộ tiêu chí … giai đoạn
     * 2026-2030"). False by default: a report's period is never the name of a standard.
     */
    default boolean periodOfRulebook() {
        return false;
    }

    /** The columns of this dataset found in the header; empty when the header is not this dataset's. */
    Optional<ColumnMap> recognize(HeaderBand header);

    /**
     * Reads one data row.
     *
     * @param sheet       file and sheet, for the cell references of findings
     * @param conventions what the rows above showed of each column's decimal mark
     */
    RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions);

    /** The figures written in a totals or average row, by field; none for tables without totals. */
    default List<ReportedValue> reportedValues(
            SheetRow row, ColumnMap columns, ReportedValue.RowKind kind, ColumnConventions conventions) {
        return List.of();
    }

    /** The unit a record describes (village or commune name), to catch the same unit twice in a table. */
    String unitOf(Object record);

    /**
     * True when {@link #unitOf} names places, whose near-alike names are worth a warning ("Nà Hin"
     * beside "Nà Hìn"); false for rows keyed by codes that differ by one character by design.
     */
    default boolean rowsNameUnits() {
        return true;
    }

    /**
     * The name of a group heading row ("Xã Ngân Sơn" above that commune's villages in a district
     * table); empty when the row is not one. None by default.
     */
    default java.util.Optional<String> groupHeading(SheetRow row, ColumnMap columns) {
        return java.util.Optional.empty();
    }

    /** Figures stated in a note line under the table; none by default. */
    default List<ReportedValue> noteValues(SheetRow row) {
        return List.of();
    }
}
