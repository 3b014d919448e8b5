package vn.ruralstat.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.dataset.TableSink;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.CodeRow;
import vn.ruralstat.sheet.ColumnMeaning;
import vn.ruralstat.sheet.FormFurniture;
import vn.ruralstat.sheet.FormLines;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.ParsedNumber;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.SheetVisitor;
import vn.ruralstat.sheet.VietnameseNumbers;

/**
 * Finds the tables of each sheet wherever they stand and sends their rows to a sink.
 *
 * <p>Rows are buffered until a header is recognised (at most {@value #WINDOW} rows at a time,
 * so memory stays bounded), then streamed. A header is one to four text rows with at least
 * two cells, optionally followed by a code row; the dataset whose reader fits the composed
 * labels best wins. Inside a table, blank and code rows are skipped, totals ("Cộng", "Tổng
 * cộng", "Toàn xã") and average ("TB") rows are kept as reported figures, and a note row
 * ("Ghi chú"), a signature block, "Nơi nhận" or a signer's name ends the table; the scanner then
 * looks for another table below it. The lines of the form ({@link FormFurniture}: title block,
 * "Số", date, "Kỳ báo cáo", "Đơn vị tính", …) never join a header; the unit and the period are
 * taken from them by {@link TableUnitResolver}.
 */
public final class TableScanner
        implements SheetVisitor, vn.ruralstat.sheet.HiddenColumnsAware, vn.ruralstat.sheet.MergedCellsAware {

    static final int WINDOW = 100;
    private static final int MAX_HEADER_ROWS = 4;
    private static final Pattern TOTAL =
            Pattern.compile("^(tong cong|cong|tong so|tong|toan xa|toan huyen|toan tinh|toan phuong|cong toan)( .*)?$");
    private static final Pattern AVERAGE = Pattern.compile("^(tb|trung binh|binh quan)( .*)?$");
    private static final Pattern NOTE =
            Pattern.compile("^(ghi chu|chu thich|luu y|nguoi lap|noi nhan|chu giai)( .*)?$");

    private final List<DatasetReader> readers;
    private final TableUnitResolver units;
    private final RegisterPlacement placement;
    private final TableSink sink;
    private final SourceRef file;
    private final RowTally counts = new RowTally();
    private final OutsideRows outside = new OutsideRows();

    private String sheet;
    private boolean sheetHidden;
    private java.util.Set<Integer> hiddenColumns = java.util.Set.of();
    private vn.ruralstat.sheet.MergedCells merged = vn.ruralstat.sheet.MergedCells.NONE;
    private boolean sheetHadTable;
    private boolean sheetHadRows;
    private final List<SheetRow> pending = new ArrayList<>();
    private final FormLines form = new FormLines();
    private Table table;
    private Table notesOf;

    public TableScanner(List<DatasetReader> readers, TableUnitResolver units, TableSink sink, SourceRef file) {
        this(readers, units, RegisterPlacement.NONE, sink, file);
    }

    /** A scanner that matches each table's unit with the national register ({@link RegisterPlacement}). */
    public TableScanner(
            List<DatasetReader> readers,
            TableUnitResolver units,
            RegisterPlacement placement,
            TableSink sink,
            SourceRef file) {
        this.readers = readers;
        this.units = units;
        this.placement = placement;
        this.sink = sink;
        this.file = file;
    }

    public RowCounts counts() {
        return counts.toCounts();
    }

    private record Table(
            long id,
            TableInfo info,
            DatasetReader reader,
            TableNames names,
            Segment segment,
            List<Integer> hiddenRows,
            ColumnConventions conventions) {}

    /** The data rows since the last totals row or group heading: what a subtotal sums up. */
    private static final class Segment {
        int first;
        int last;

        void data(int row) {
            if (first == 0) first = row;
            last = row;
        }

        void reset() {
            first = 0;
            last = 0;
        }
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        sheet = name;
        sheetHidden = hidden;
        hiddenColumns = java.util.Set.of();
        merged = vn.ruralstat.sheet.MergedCells.NONE;
        sheetHadTable = false;
        sheetHadRows = false;
        pending.clear();
        form.clear();
        outside.clear();
        table = null;
        notesOf = null;
    }

    @Override
    public void hiddenColumns(String sheet, List<Integer> columns) {
        hiddenColumns = new java.util.HashSet<>(columns);
    }

    @Override
    public void mergedCells(String sheet, List<String> ranges) {
        merged = vn.ruralstat.sheet.MergedCells.of(ranges);
    }

    @Override
    public void row(SheetRow row) {
        counts.read++;
        if (!row.isBlank()) sheetHadRows = true;
        if (table != null) {
            inTable(row);
            return;
        }
        if (notesOf != null && !row.isBlank()) notes(row);
        pending.add(row);
        if (pending.size() >= WINDOW) seek(false);
    }

    @Override
    public void endSheet() {
        finishTable();
        if (table == null) seek(true);
        while (table == null && !pending.isEmpty()) {
            leftOutside(pending.remove(0));
        }
        finishTable();
        if (!sheetHadTable && sheetHadRows) {
            sink.finding(Finding.of(FindingCode.SHEET_NO_TABLE, sheetRef(), sheet));
        } else if (outside.count() > 0) {
            Integer first = outside.first();
            sink.finding(Finding.of(
                    FindingCode.ROWS_OUTSIDE_TABLE,
                    sheetRef().at(Cell.ref(0, first)),
                    sheet,
                    outside.count(),
                    outside.rows()));
        }
        table = null;
    }

    private SourceRef sheetRef() {
        return new SourceRef(file.file(), sheet, null);
    }

    /** Looks for a header in the pending rows; replays the rows after it into the table. */
    private void seek(boolean endOfSheet) {
        Optional<Candidate> found = bestHeader();
        if (found.isEmpty()) {
            // Keep the last rows: a header may continue beyond the window.
            int keep = endOfSheet ? 0 : MAX_HEADER_ROWS + 2;
            while (pending.size() > keep) {
                SheetRow row = pending.remove(0);
                remember(row);
                leftOutside(row);
            }
            return;
        }
        Candidate c = found.get();
        List<SheetRow> rows = new ArrayList<>(pending);
        pending.clear();
        for (int i = 0; i < c.start; i++) {
            remember(rows.get(i));
            leftOutside(rows.get(i));
        }
        counts.other += c.depth + (c.header.codeRow() == null ? 0 : 1);
        TableUnitResolver.Resolution resolution = units.resolve(sheet, c.reader, c.columns, c.header, form, file);
        // The register places the unit by code, with the province named by the lines that may name units.
        TableInfo info = placement.place(resolution.info(), form.unitText(), file, sink::finding);
        table = new Table(
                sink.startTable(info),
                info,
                c.reader,
                new TableNames(),
                new Segment(),
                new ArrayList<>(),
                new ColumnConventions());
        unitFindings(info);
        resolution.findings().forEach(sink::finding);
        List<String> hiddenFields = info.columns().columns().values().stream()
                .filter(hiddenColumns::contains)
                .sorted()
                .map(Cell::columnLetters)
                .toList();
        if (!hiddenFields.isEmpty()) {
            sink.finding(Finding.of(FindingCode.HIDDEN_COLUMNS_READ, sheetRef(), String.join(", ", hiddenFields)));
        }
        if (sheetHidden) {
            sink.finding(Finding.of(FindingCode.HIDDEN_SHEET_READ, sheetRef(), sheet));
        }
        counts.tables++;
        sheetHadTable = true;
        notesOf = null;
        form.clear();
        int next = c.start + c.depth + (c.header.codeRow() == null ? 0 : 1);
        for (int i = next; i < rows.size(); i++) {
            if (table != null) {
                inTable(rows.get(i));
            } else {
                if (notesOf != null && !rows.get(i).isBlank()) notes(rows.get(i));
                pending.add(rows.get(i));
            }
        }
        if (table == null && endOfSheet) seek(true);
    }

    private void remember(SheetRow row) {
        form.add(row);
    }

    /** A row outside any table: a title, a form line, a note, or figures that will not be read. */
    private void leftOutside(SheetRow row) {
        counts.other++;
        if (looksLikeData(row) && !CodeRow.matches(row)) outside.left(row.number());
    }

    private record Candidate(int start, int depth, HeaderBand header, DatasetReader reader, ColumnMap columns) {}

    private Optional<Candidate> bestHeader() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            SheetRow first = pending.get(i);
            if (nonBlankCells(first) < 2 || CodeRow.matches(first) || looksLikeData(first) || formLine(first)) continue;
            List<SheetRow> band = new ArrayList<>(List.of(first));
            int j = i + 1;
            while (j < pending.size() && band.size() < MAX_HEADER_ROWS) {
                SheetRow next = pending.get(j);
                if (next.isBlank() || CodeRow.matches(next) || looksLikeData(next) || formLine(next)) break;
                band.add(next);
                j++;
            }
            SheetRow codeRow = j < pending.size() && CodeRow.matches(pending.get(j)) ? pending.get(j) : null;
            for (int depth = 1; depth <= band.size(); depth++) {
                HeaderBand header = HeaderBand.compose(band.subList(0, depth), depth == band.size() ? codeRow : null);
                for (DatasetReader reader : readers) {
                    int start = i;
                    int d = depth;
                    reader.recognize(header)
                            .ifPresent(cols -> candidates.add(new Candidate(start, d, header, reader, cols)));
                }
            }
        }
        // The first table from the top wins (another one below is found after it ends); among the
        // readings of its header, the one that recognises most columns, then the shallowest: a
        // deeper reading must earn its extra row (a commune heading under the header is data).
        return candidates.stream()
                .max(Comparator.<Candidate>comparingInt(c -> -c.start)
                        .thenComparingInt(c -> c.columns.score())
                        .thenComparingInt(c -> -c.depth));
    }

    /**
     * A line of the form around the table (the title block, "Số", the date, "Kỳ báo cáo", "Đơn vị
     * tính", a signature) or a title (one long text alone): never part of a header band.
     */
    private static boolean formLine(SheetRow row) {
        List<Cell> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.size() == 1
                && cells.get(0).kind() == Cell.Kind.TEXT
                && cells.get(0).text().length() >= 15) {
            return true;
        }
        return cells.stream()
                .anyMatch(c -> c.kind() == Cell.Kind.TEXT && FormFurniture.of(c.text()) != FormFurniture.Kind.NONE);
    }

    /**
     * A signature block, "Nơi nhận", the date line above a signature or signers' names under the
     * table: text only, in a few cells. The table has ended; none of it is a unit.
     */
    private boolean closesTable(SheetRow row) {
        List<Cell> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.isEmpty() || cells.size() > 4) return false;
        boolean furniture = false;
        boolean allNames = true;
        for (Cell c : cells) {
            if (c.kind() != Cell.Kind.TEXT
                    || VietnameseNumbers.parse(c, ColumnMeaning.DECIMAL).isNumber()) {
                return false;
            }
            FormFurniture.Kind kind = FormFurniture.of(c.text());
            furniture |= kind == FormFurniture.Kind.SIGNATURE
                    || kind == FormFurniture.Kind.RECIPIENTS
                    || kind == FormFurniture.Kind.DATE_LINE;
            allNames &= FormFurniture.personName(c.text());
        }
        // Names alone, without a figure or a number: signers, side by side or outside the name
        // column. A village or commune named after a person ("Bế Văn Đàn") stands with its number
        // and figures, and one left blank must not end the table: it is rejected as a row.
        Integer nameColumn = table.info().columns().column("name");
        boolean signers =
                cells.size() >= 2 || nameColumn == null || cells.get(0).column() != nameColumn;
        return furniture || allNames && signers;
    }

    private static int nonBlankCells(SheetRow row) {
        return (int) row.cells().stream().filter(c -> !c.isBlank()).count();
    }

    /** Indicator codes ("1.1", "10.4") written as text are header labels, not figures. */
    private static final Pattern INDICATOR_CODE = Pattern.compile("\\d{1,2}\\.\\d{1,2}");

    /** A row with two or more numbers is data, not header (headers are words and codes). */
    private static boolean looksLikeData(SheetRow row) {
        int numbers = 0;
        for (Cell c : row.cells()) {
            if (c.kind() == Cell.Kind.TEXT && INDICATOR_CODE.matcher(c.text()).matches()) continue;
            ParsedNumber n = VietnameseNumbers.parse(c, ColumnMeaning.DECIMAL);
            if (n.status() == ParsedNumber.Status.NUMBER || n.status() == ParsedNumber.Status.AMBIGUOUS) numbers++;
        }
        return numbers >= 2;
    }

    private void inTable(SheetRow row) {
        if (row.isBlank() || CodeRow.matches(row)) {
            counts.other++;
            return;
        }
        String lead = leadText(row);
        boolean closing = closesTable(row);
        if (NOTE.matcher(lead).matches() || closing) {
            // Remembered so that the names under a signature are known as signers' (FormLines).
            if (closing) form.add(row);
            notesOf = table;
            finishTable();
            notes(row);
            counts.other++;
            return;
        }
        if (looksLikeTitle(row)) {
            // A lone long text outside the unit column is the title of what follows, not a data row.
            finishTable();
            pending.add(row);
            return;
        }
        boolean unnumbered =
                !VietnameseNumbers.parse(row.cell(0), ColumnMeaning.COUNT).isNumber()
                        || table.info().columns().column("name") != null
                                && table.info().columns().column("name") == 0;
        if (unnumbered && TOTAL.matcher(lead).matches()) {
            reported(row, vn.ruralstat.dataset.ReportedValue.RowKind.TOTAL);
            return;
        }
        if (unnumbered && AVERAGE.matcher(lead).matches()) {
            reported(row, vn.ruralstat.dataset.ReportedValue.RowKind.AVERAGE);
            return;
        }
        Optional<String> group = table.reader().groupHeading(row, table.info().columns());
        if (group.isPresent()) {
            closeGroup();
            table.names().group(group.get());
            sink.group(table.id(), group.get());
            counts.other++;
            return;
        }
        if (blankInTableColumns(row)) {
            // Only a number or a mark outside the table's columns (a pre-numbered empty line of a
            // form): nothing of it would be read, so nothing is lost.
            counts.other++;
            return;
        }
        table.segment().data(row.number());
        if (row.hidden()) table.hiddenRows().add(row.number());
        SourceRef sheetRef = sheetRef();
        RowResult result = table.reader().readRow(row, table.info().columns(), sheetRef, table.conventions());
        result.findings().forEach(sink::finding);
        if (result instanceof RowResult.Used used) {
            String unit = table.reader().unitOf(used.record());
            TableNames.Place place = new TableNames.Place(row.number(), nameCell(row));
            TableNames.Seen seen = table.names().add(unit, place, table.reader().rowsNameUnits());
            if (seen.repeatOf() != null) {
                duplicate(row, unit, seen.repeatOf().row());
                return;
            }
            if (seen.like() != null) {
                sink.finding(Finding.of(
                        FindingCode.UNIT_NEAR_MATCH,
                        "inTable",
                        sheetRef().at(place.cell()),
                        unit,
                        place.cell(),
                        seen.like().name(),
                        seen.like().value().cell()));
            }
            sink.used(table.id(), used.record());
            counts.used++;
        } else if (result instanceof RowResult.Rejected rejected) {
            // The reader's findings say what was wrong with a cell; this one says the row was left out.
            String cell = rejected.cell() != null ? rejected.cell() : nameCell(row);
            sink.finding(rejection(row, rejected.reason(), cell));
            sink.rejected(table.id(), sheet, row, rejected.reasonVi(), rejected.reasonEn());
            counts.rejected++;
        } else {
            counts.other++;
        }
    }

    private boolean blankInTableColumns(SheetRow row) {
        return table.info().columns().columns().values().stream()
                .allMatch(column -> row.cell(column).isBlank());
    }

    /**
     * The finding of a rejected row, on {@code cell}. A cell that reads blank because it lies under
     * a merged range (C10 of C9:C10) shows the figure of the range's first cell: the officer sees a
     * figure, so the finding says where it belongs.
     */
    private Finding rejection(SheetRow row, Message reason, String cell) {
        Optional<String> range = merged.covering(cell);
        if (range.isEmpty()) {
            return Finding.of(
                    FindingCode.ROW_REJECTED, sheetRef().at(cell), Message.of("ROW_REJECTED", row.number(), reason));
        }
        return Finding.of(
                FindingCode.ROW_REJECTED,
                "underMergedCell",
                sheetRef().at(cell),
                row.number(),
                reason,
                cell,
                range.get(),
                vn.ruralstat.sheet.MergedCells.firstCell(range.get()));
    }

    /** The cell naming the row's unit; the row's first cell in a table without a name column. */
    private String nameCell(SheetRow row) {
        Integer nameColumn = table.info().columns().column("name");
        if (nameColumn != null) return row.ref(nameColumn);
        return row.cells().stream()
                .filter(c -> !c.isBlank())
                .findFirst()
                .map(c -> row.ref(c.column()))
                .orElse(row.ref(0));
    }

    private void duplicate(SheetRow row, String unit, int firstRow) {
        String ref = nameCell(row);
        sink.finding(Finding.of(
                FindingCode.DUPLICATE_UNIT, "twiceInTable", sheetRef().at(ref), unit, firstRow, row.number()));
        Message reason = Message.of("ROW_REJECTED.sameUnit", firstRow);
        sink.rejected(table.id(), sheet, row, reason.vi(), reason.en());
        counts.rejected++;
    }

    private void unitFindings(TableInfo info) {
        if (info.unit() == null) {
            sink.finding(Finding.of(
                    FindingCode.UNIT_UNKNOWN,
                    sheetRef().at(Cell.ref(0, info.header().firstRow())),
                    sheet,
                    info.header().firstRow()));
        }
        if (info.period() == null) {
            sink.finding(Finding.of(
                    FindingCode.PERIOD_UNKNOWN,
                    sheetRef().at(Cell.ref(0, info.header().firstRow())),
                    sheet,
                    info.header().firstRow()));
        }
    }

    private boolean looksLikeTitle(SheetRow row) {
        List<Cell> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        Integer nameColumn = table.info().columns().column("name");
        return cells.size() == 1
                && cells.get(0).kind() == Cell.Kind.TEXT
                && cells.get(0).text().length() >= 15
                && (nameColumn == null || cells.get(0).column() != nameColumn);
    }

    private void reported(SheetRow row, ReportedValue.RowKind kind) {
        unreadableTotals(row);
        Segment segment = table.segment();
        boolean subtotal = kind == ReportedValue.RowKind.TOTAL && segment.first > 0;
        int from = subtotal ? segment.first : 0;
        int to = subtotal ? segment.last : 0;
        if (kind == ReportedValue.RowKind.TOTAL) closeGroup();
        table.reader()
                .reportedValues(row, table.info().columns(), kind, table.conventions())
                .forEach(v -> sink.reported(table.id(), v.covering(from, to)));
        counts.other++;
    }

    /** The table ends (a note, a title, the end of the sheet): say which of its rows were hidden. */
    private void finishTable() {
        if (table == null) return;
        List<Integer> hidden = table.hiddenRows();
        if (!hidden.isEmpty()) {
            String rows =
                    hidden.stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                            + (hidden.size() > 20 ? ", …" : "");
            sink.finding(Finding.of(FindingCode.HIDDEN_ROWS_READ, sheetRef(), hidden.size(), rows));
        }
        table = null;
    }

    /** Totals cells holding an error (#N/A) or a formula without its value cannot be checked: say so. */
    private void unreadableTotals(SheetRow row) {
        table.info().columns().columns().forEach((field, column) -> {
            Cell cell = row.cell(column);
            if (cell.kind() == Cell.Kind.ERROR || cell.kind() == Cell.Kind.FORMULA_WITHOUT_VALUE) {
                String ref = row.ref(column);
                sink.finding(Finding.of(
                        FindingCode.TOTAL_CELL_UNREADABLE,
                        cell.kind() == Cell.Kind.ERROR ? "error" : "formulaWithoutValue",
                        sheetRef().at(ref),
                        ref,
                        cell.text()));
            }
        });
    }

    /** A group heading or a totals row ends the rows a following subtotal covers. */
    private void closeGroup() {
        if (table != null) table.segment().reset();
    }

    private void notes(SheetRow row) {
        List<ReportedValue> values = notesOf.reader().noteValues(row);
        if (!values.isEmpty()) outside.readAsNote(row.number());
        values.forEach(v -> sink.reported(notesOf.id(), v));
    }

    /** Folded text of the row's cells up to the unit-name column: where "Cộng" or "Ghi chú" stands. */
    private String leadText(SheetRow row) {
        Integer nameColumn = table.info().columns().column("name");
        int last = nameColumn == null ? 1 : nameColumn;
        StringBuilder s = new StringBuilder();
        for (Cell c : row.cells()) {
            if (c.column() > last) break;
            if (c.kind() == Cell.Kind.TEXT) s.append(s.length() == 0 ? "" : " ").append(c.text());
        }
        if (s.length() == 0) {
            row.cells().stream()
                    .filter(c -> c.kind() == Cell.Kind.TEXT)
                    .findFirst()
                    .ifPresent(c -> s.append(c.text()));
        }
        return Labels.fold(s.toString());
    }
}
