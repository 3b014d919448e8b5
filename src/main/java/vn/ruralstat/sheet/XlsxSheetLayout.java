package vn.ruralstat.sheet;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What fastexcel-reader does not tell about a worksheet: which rows and columns are hidden, and
 * which cells are merged (listed after the rows, in {@code <mergeCells>}). It is
 * read by a pass over the worksheet's XML before fastexcel streams it; the same pass stops a sheet
 * whose rows go past the row limit or whose cells lie beyond Excel's last column, before fastexcel
 * would allocate a row for them.
 *
 * @param hiddenRows    the Excel numbers (1-based) of rows saved with {@code hidden="1"}
 * @param hiddenColumns 0-based indexes of hidden columns ({@code <col hidden="1">}), ascending
 * @param mergedRanges  the merged ranges in A1 notation ("C9:C10"), at most {@value #MAX_MERGED} of them
 */
record XlsxSheetLayout(BitSet hiddenRows, List<Integer> hiddenColumns, List<String> mergedRanges) {

    /** More merged ranges than any form has (a few dozen), few enough to hold. */
    static final int MAX_MERGED = 10_000;

    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;

    XlsxSheetLayout {
        hiddenRows = (BitSet) hiddenRows.clone();
        hiddenColumns = List.copyOf(hiddenColumns);
        mergedRanges = List.copyOf(mergedRanges);
    }

    boolean rowHidden(int number) {
        return hiddenRows.get(number);
    }

    /**
     * Reads the hidden flags of a worksheet and, past its {@code <sheetData>}, its merged ranges.
     * A row without an {@code r} attribute takes its ordinal among the rows, as fastexcel numbers it.
     *
     * @throws UnreadableFileException when a row is numbered above {@code maxRows}, or a cell lies
     *                                 beyond column XFD (or a row holds more cells than Excel has columns)
     */
    static XlsxSheetLayout scan(XMLStreamReader xml, int maxRows, Path file, String sheet)
            throws XMLStreamException, SecureXml.DoctypeFound {
        BitSet hiddenRows = new BitSet();
        BitSet hiddenColumns = new BitSet();
        int ordinal = 0;
        int row = 0;
        int cellsInRow = 0;
        List<String> merged = new java.util.ArrayList<>();
        boolean afterRows = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) throw new SecureXml.DoctypeFound();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("sheetData")) afterRows = true;
                if (xml.getLocalName().equals("mergeCells")) break;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (afterRows) {
                String ref = xml.getAttributeValue(null, "ref");
                if (xml.getLocalName().equals("mergeCell") && ref != null && merged.size() < MAX_MERGED) {
                    merged.add(ref);
                }
                continue;
            }
            switch (xml.getLocalName()) {
                case "col" -> {
                    if (isTrue(xml.getAttributeValue(null, "hidden"))) hideColumns(xml, hiddenColumns);
                }
                case "row" -> {
                    ordinal++;
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? ordinal : Integer.parseInt(r.trim());
                    if (row > maxRows) throw WorkbookFileProblems.tooManyRows(file, sheet, row, maxRows);
                    if (isTrue(xml.getAttributeValue(null, "hidden"))) hiddenRows.set(row);
                    cellsInRow = 0;
                }
                case "c" -> {
                    String reference = xml.getAttributeValue(null, "r");
                    if (++cellsInRow > MAX_COLUMNS || reference != null && columnBeyondLast(reference)) {
                        throw WorkbookFileProblems.beyondLastColumn(file, sheet, row);
                    }
                }
                default -> {
                    // other elements carry nothing about visibility
                }
            }
        }
        return new XlsxSheetLayout(hiddenRows, hiddenColumns.stream().boxed().toList(), merged);
    }

    /** {@code <col min="3" max="5">}: 1-based, inclusive; clipped to Excel's columns. */
    private static void hideColumns(XMLStreamReader xml, BitSet hidden) {
        int min = Integer.parseInt(xml.getAttributeValue(null, "min").trim());
        int max = Integer.parseInt(xml.getAttributeValue(null, "max").trim());
        int from = Math.max(1, min);
        int to = Math.min(MAX_COLUMNS, max);
        if (from <= to) hidden.set(from - 1, to);
    }

    /** True when the letters of an A1 reference name a column past XFD. */
    private static boolean columnBeyondLast(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) return true;
        }
        return false;
    }

    /** xsd:boolean, as Excel and other writers save it. */
    private static boolean isTrue(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
