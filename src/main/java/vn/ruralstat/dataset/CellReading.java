package vn.ruralstat.dataset;

import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.ColumnMeaning;
import vn.ruralstat.sheet.ParsedNumber;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.VietnameseNumbers;

/**
 * Reads the numbers of one data row for a dataset reader, collecting the findings each cell
 * raises (not a number, negative, not whole, ambiguous separators) with its cell reference.
 */
public final class CellReading {

    /**
     * The largest count any cell may hold by default ({@code ruralstat.limits.count-max}, see
     * {@link CountCeiling}): one billion, ten times Viet Nam's population (about 100
     * million people in some 27 million households), so no real count of households, communes or
     * criteria reaches it. Below it every whole number is held exactly (doubles are exact up to
     * 2^53), and a million rows at the limit sum to 10^15, far from the 9.2×10^18 where a long
     * overflows. The plausible bounds of a village or a commune ({@code
     * ruralstat.checks.village-households-max}) are checked later, per unit.
     */
    public static final long MAX_COUNT = 1_000_000_000L;

    private final SheetRow row;
    private final SourceRef sheet;
    private final List<Finding> findings;
    private final ColumnConventions conventions;

    private final CountCeiling ceiling;

    /** Counts up to the default ceiling, {@value #MAX_COUNT}. */
    public CellReading(SheetRow row, SourceRef sheet, List<Finding> findings, ColumnConventions conventions) {
        this(row, sheet, findings, conventions, CountCeiling.DEFAULT);
    }

    /** Counts up to the office's ceiling ({@code ruralstat.limits.count-max}). */
    public CellReading(
            SheetRow row,
            SourceRef sheet,
            List<Finding> findings,
            ColumnConventions conventions,
            CountCeiling ceiling) {
        this.row = row;
        this.sheet = sheet;
        this.findings = findings;
        this.conventions = conventions;
        this.ceiling = ceiling;
    }

    /** Reads the cell, settling an ambiguous separator by the column's convention when it has one. */
    private ParsedNumber parse(int column, ColumnMeaning meaning) {
        Cell cell = row.cell(column);
        ParsedNumber n = VietnameseNumbers.parse(cell, meaning);
        if (n.status() == ParsedNumber.Status.AMBIGUOUS) {
            java.util.Optional<Double> settled = conventions.resolve(column, cell);
            if (settled.isPresent()) n = new ParsedNumber(settled.get(), ParsedNumber.Status.NUMBER, null);
        }
        conventions.observe(column, cell);
        return n;
    }

    /** Outcome of reading a count: a whole, non-negative number, or a reason it is missing. */
    public record Count(Long value, boolean blank, boolean invalid) {}

    /**
     * A whole non-negative number of households, communes or criteria. Blank and "-" read as
     * blank and zero; anything else that is not such a number is invalid and raises a finding.
     */
    public Count count(Integer column, String what) {
        if (column == null) return new Count(null, true, false);
        Cell cell = row.cell(column);
        ParsedNumber n = parse(column, ColumnMeaning.COUNT);
        String ref = row.ref(column);
        if (n.isNumber()
                && (cell.percentStyle()
                        || cell.kind() == Cell.Kind.TEXT && cell.text().contains("%"))) {
            String shown = cell.kind() == Cell.Kind.TEXT ? cell.text() : plain(n.value() * 100) + "%";
            findings.add(Finding.of(FindingCode.PERCENT_IN_COUNT_COLUMN, sheet.at(ref), ref, what, shown));
            return new Count(null, false, true);
        }
        switch (n.status()) {
            case EMPTY:
                return new Count(null, true, false);
            case NOT_NUMERIC:
                findings.add(Finding.of(
                        FindingCode.VALUE_NOT_NUMERIC, "count", sheet.at(ref), ref, what, cell.text(), n.message()));
                return new Count(null, false, true);
            case AMBIGUOUS:
                findings.add(Finding.of(
                        FindingCode.NUMBER_AMBIGUOUS,
                        sheet.at(ref),
                        ref,
                        what,
                        cell.text(),
                        plain(n.value()),
                        n.message()));
                break;
            default:
                break;
        }
        double v = n.value();
        if (v < 0) {
            findings.add(Finding.of(FindingCode.VALUE_NEGATIVE, sheet.at(ref), ref, what, plain(v)));
            return new Count(null, false, true);
        }
        if (v != Math.rint(v) && v <= 100) {
            // "12,5" where a count belongs: a rate typed into the count column, more often than not.
            String shown = cell.kind() == Cell.Kind.TEXT ? cell.text() : plain(v);
            findings.add(Finding.of(FindingCode.PERCENT_IN_COUNT_COLUMN, "decimal", sheet.at(ref), ref, what, shown));
            return new Count(null, false, true);
        }
        if (v > ceiling.max()) {
            // Never clamped: a figure this large is a slip, and summed it would swamp or overflow the totals.
            String shown = cell.kind() == Cell.Kind.NUMBER ? asExcelShows(v) : cell.text();
            findings.add(
                    Finding.of(FindingCode.COUNT_TOO_LARGE, sheet.at(ref), ref, what, shown, plain(ceiling.max())));
            return new Count(null, false, true);
        }
        if (v != Math.rint(v)) {
            findings.add(Finding.of(FindingCode.VALUE_NOT_WHOLE, sheet.at(ref), ref, what, plain(v)));
            return new Count(null, false, true);
        }
        return new Count((long) v, false, false);
    }

    /** A rate in percent units, or null when blank or unreadable (unreadable raises a finding). */
    public Double percent(Integer column, String what) {
        return measure(column, what, ColumnMeaning.PERCENT);
    }

    public Double decimal(Integer column, String what) {
        return measure(column, what, ColumnMeaning.DECIMAL);
    }

    private Double measure(Integer column, String what, ColumnMeaning meaning) {
        if (column == null) return null;
        Cell cell = row.cell(column);
        ParsedNumber n = parse(column, meaning);
        String ref = row.ref(column);
        if (n.status() == ParsedNumber.Status.EMPTY) return null;
        if (n.status() == ParsedNumber.Status.NOT_NUMERIC) {
            findings.add(Finding.of(
                    FindingCode.VALUE_NOT_NUMERIC, "number", sheet.at(ref), ref, what, cell.text(), n.message()));
            return null;
        }
        if (n.status() == ParsedNumber.Status.AMBIGUOUS) {
            findings.add(Finding.of(
                    FindingCode.NUMBER_AMBIGUOUS,
                    sheet.at(ref),
                    ref,
                    what,
                    cell.text(),
                    plain(n.value()),
                    n.message()));
        }
        if (meaning == ColumnMeaning.PERCENT
                && (n.value() < 0 || n.value() > 100 && n.value() != Math.rint(n.value()))) {
            // Negative, or above 100 with decimals: not a count typed here, a rate out of its range.
            findings.add(Finding.of(FindingCode.RATE_OUT_OF_RANGE, sheet.at(ref), ref, what, plain(n.value())));
            return null;
        }
        if (meaning == ColumnMeaning.PERCENT && n.value() > 100) {
            findings.add(Finding.of(
                    FindingCode.COUNT_IN_PERCENT_COLUMN, "cell", sheet.at(ref), ref, what, plain(n.value())));
            return null;
        }
        return n.value();
    }

    /**
     * A figure of a totals, average or note row, read with the column's meaning but without
     * findings of its own (the check step compares it); null when blank or unreadable.
     */
    public static Double reported(Cell cell, ColumnMeaning meaning, ColumnConventions conventions) {
        ParsedNumber n = VietnameseNumbers.parse(cell, meaning);
        if (n.status() == ParsedNumber.Status.AMBIGUOUS) {
            java.util.Optional<Double> settled = conventions.resolve(cell.column(), cell);
            if (settled.isPresent()) return settled.get();
        }
        return n.isNumber() ? n.value() : null;
    }

    /**
     * The figures of a totals, average or note row: every mapped column but the unit name, read
     * with the meaning the field has, labelled with the row's text in the name column.
     */
    public static List<ReportedValue> reportedRow(
            SheetRow row,
            ColumnMap columns,
            ReportedValue.RowKind kind,
            ColumnConventions conventions,
            java.util.function.Function<String, ColumnMeaning> meaningOf) {
        List<ReportedValue> values = new java.util.ArrayList<>();
        String label = vn.ruralstat.sheet.UnitNames.clean(row.text(columns.column("name")));
        columns.columns().forEach((field, column) -> {
            if (field.equals("name")) return;
            Double v = reported(row.cell(column), meaningOf.apply(field), conventions);
            if (v != null) {
                values.add(new ReportedValue(
                        kind, field, v, decimalsWritten(row.cell(column), v), row.ref(column), label));
            }
        });
        return values;
    }

    /** Digits after the decimal mark as the submitter wrote the number, to judge rounding. */
    public static int decimalsWritten(Cell cell, double value) {
        if (cell.kind() == Cell.Kind.TEXT) {
            String t = cell.text().replace("%", "").trim();
            int mark = Math.max(t.lastIndexOf(','), t.lastIndexOf('.'));
            if (mark >= 0 && t.length() - mark - 1 != 3) return t.length() - mark - 1;
        }
        return vn.ruralstat.sheet.NumberText.decimals(value);
    }

    /** A huge number as Excel's General format shows it ("1E+308"), not in 309 digits. */
    private static String asExcelShows(double v) {
        return v < 1e15
                ? plain(v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toString();
    }

    static String plain(double v) {
        return vn.ruralstat.sheet.NumberText.plain(v);
    }
}
