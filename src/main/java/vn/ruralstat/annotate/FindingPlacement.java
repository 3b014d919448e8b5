package vn.ruralstat.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.UnitNames;

/** Finds, in a workbook, the sheet and cell each finding points to. */
final class FindingPlacement {

    /** One cell in A1 notation, "$" allowed; whole rows, columns and ranges are not cells. */
    private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([1-9][0-9]{0,6})");

    private final Workbook workbook;
    private final ToIntFunction<String> sheetIndex;
    private final Map<Integer, List<CellRangeAddress>> mergedRegions = new HashMap<>();

    /** @param sheetIndex the index of the sheet a finding names, or a negative number when there is none */
    FindingPlacement(Workbook workbook, ToIntFunction<String> sheetIndex) {
        this.workbook = workbook;
        this.sheetIndex = sheetIndex;
    }

    /** Sheets looked up by name as the readers reported it (exactly, else as displayed: trimmed, NFC). */
    static FindingPlacement byName(Workbook workbook) {
        return new FindingPlacement(workbook, name -> {
            int exact = workbook.getSheetIndex(name);
            if (exact >= 0) return exact;
            String shown = UnitNames.clean(name);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (UnitNames.clean(workbook.getSheetName(i)).equals(shown)) return i;
            }
            return -1;
        });
    }

    /** The findings placed, in {@link PlacedFinding#READING_ORDER}. */
    List<PlacedFinding> place(List<Finding> findings) {
        return findings.stream()
                .map(this::place)
                .sorted(PlacedFinding.READING_ORDER)
                .toList();
    }

    private PlacedFinding place(Finding finding) {
        SourceRef source = finding.source();
        String sheet = source == null ? null : source.sheet();
        if (sheet == null || sheet.isBlank()) {
            return new PlacedFinding(finding, PlacedFinding.FILE_LEVEL, null, false, null);
        }
        int index = sheetIndex.applyAsInt(sheet);
        if (index < 0) return new PlacedFinding(finding, PlacedFinding.SHEET_MISSING, null, false, null);
        boolean hidden = workbook.getSheetVisibility(index) != SheetVisibility.VISIBLE;
        return new PlacedFinding(finding, index, workbook.getSheetName(index), hidden, cell(index, source.cell()));
    }

    private CellAddress cell(int sheet, String reference) {
        CellAddress address = parse(reference, workbook.getSpreadsheetVersion());
        if (address == null) return null;
        List<CellRangeAddress> merged =
                mergedRegions.computeIfAbsent(sheet, i -> workbook.getSheetAt(i).getMergedRegions());
        for (CellRangeAddress region : merged) {
            if (region.isInRange(address)) return new CellAddress(region.getFirstRow(), region.getFirstColumn());
        }
        return address;
    }

    /** The cell of an A1 reference ("E12", "$E$12"), or null when it is no single cell inside the grid. */
    static CellAddress parse(String reference, SpreadsheetVersion grid) {
        if (reference == null) return null;
        Matcher m = A1.matcher(reference.trim());
        if (!m.matches()) return null;
        int column = CellReference.convertColStringToIndex(m.group(1).toUpperCase(Locale.ROOT));
        int row = Integer.parseInt(m.group(2)) - 1;
        if (column > grid.getLastColumnIndex() || row > grid.getLastRowIndex()) return null;
        return new CellAddress(row, column);
    }
}
