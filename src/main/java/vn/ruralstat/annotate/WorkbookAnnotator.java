package vn.ruralstat.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import vn.ruralstat.finding.Finding;

/**
 * Annotates a submitter's workbook opened in memory (.xlsx, .xlsm or .xls): highlights and
 * comments the cells with findings, then adds the list of findings as the first sheet and shows
 * it. Sheets, their order, hidden state, merged regions, formulas and values are left as they are;
 * only the selected tab changes, so that the copy opens on the list, and text Excel would take for a
 * formula gets the quote prefix ({@link QuotePrefixes}), so that editing the copy cannot arm it.
 */
final class WorkbookAnnotator {

    private record CellKey(int sheet, CellAddress cell) {}

    private WorkbookAnnotator() {}

    /** @param file the file as the run names it (relative to the input folder) */
    static void annotate(Workbook workbook, String file, List<Finding> findings) {
        // Before the highlights, which clone each cell's style, quote prefix included.
        new QuotePrefixes(workbook).markAll();
        List<PlacedFinding> placed = FindingPlacement.byName(workbook).place(findings);
        HighlightStyles styles = new HighlightStyles(workbook);
        CellMarker marker = new CellMarker(workbook, styles);
        Map<CellKey, List<Finding>> byCell = new LinkedHashMap<>();
        for (PlacedFinding p : placed) {
            if (p.onCell())
                byCell.computeIfAbsent(new CellKey(p.sheetIndex(), p.cell()), k -> new ArrayList<>())
                        .add(p.finding());
        }
        byCell.forEach(
                (key, cellFindings) -> marker.mark(cellAt(workbook.getSheetAt(key.sheet()), key.cell()), cellFindings));

        String name = FindingListSheet.uniqueName(candidate -> workbook.getSheetIndex(candidate) >= 0);
        new FindingListSheet(workbook, styles).write(workbook.createSheet(name), file, placed);
        workbook.setSheetOrder(name, 0);
        showFirstSheet(workbook);
    }

    /**
     * The cell, created when blank (a missing total is a finding too). A new cell takes the style
     * Excel shows for it: its row's, else its column's.
     */
    static Cell cellAt(Sheet sheet, CellAddress address) {
        Row row = sheet.getRow(address.getRow());
        if (row == null) row = sheet.createRow(address.getRow());
        Cell cell = row.getCell(address.getColumn());
        if (cell != null) return cell;
        cell = row.createCell(address.getColumn());
        CellStyle shown = row.isFormatted() ? row.getRowStyle() : sheet.getColumnStyle(address.getColumn());
        if (shown != null) cell.setCellStyle(shown);
        return cell;
    }

    /** Opens the workbook on its first sheet, which alone is selected (several selected tabs would be grouped). */
    static void showFirstSheet(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        workbook.setFirstVisibleTab(0);
    }
}
