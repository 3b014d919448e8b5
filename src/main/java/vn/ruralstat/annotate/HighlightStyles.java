package vn.ruralstat.annotate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import vn.ruralstat.finding.Severity;

/**
 * The highlighted twin of each cell style: the same font, borders, number format, alignment and
 * protection, with a solid fill in the severity's colour. A workbook holds a limited number of
 * styles (4,000 in .xls, 64,000 in .xlsx), so each (style, severity) pair is created once; should
 * the workbook be full, cells keep their style and only get the comment.
 */
final class HighlightStyles {

    private record Key(short styleIndex, Severity severity) {}

    private final Workbook workbook;
    private final Map<Key, CellStyle> highlighted = new HashMap<>();
    private final Map<Severity, Short> paletteIndex = new EnumMap<>(Severity.class);

    HighlightStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The fill colour of a severity as RGB: Excel's own light red and yellow fills, and a light blue. */
    static byte[] rgb(Severity severity) {
        return switch (severity) {
            case ERROR -> new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
            case WARNING -> new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};
            case INFO -> new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
        };
    }

    /** {@code original} with the fill of {@code severity}, or {@code original} itself when no style can be added. */
    CellStyle highlighted(CellStyle original, Severity severity) {
        Key key = new Key(original.getIndex(), severity);
        CellStyle style = highlighted.get(key);
        if (style != null) return style;
        if (workbook.getNumCellStyles() >= workbook.getSpreadsheetVersion().getMaxCellStyles()) return original;
        style = workbook.createCellStyle();
        style.cloneStyleFrom(original);
        fill(style, severity);
        highlighted.put(key, style);
        return style;
    }

    /** Gives {@code style} a solid fill of the severity's colour. */
    void fill(CellStyle style, Severity severity) {
        if (style instanceof XSSFCellStyle xssf) {
            xssf.setFillForegroundColor(new XSSFColor(rgb(severity), new DefaultIndexedColorMap()));
        } else {
            style.setFillForegroundColor(paletteIndex.computeIfAbsent(severity, this::closestPaletteColour));
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /**
     * An .xls names colours by palette index. The nearest colour of the workbook's own palette is
     * used rather than redefining an entry, which would recolour the submitter's cells using it.
     */
    private short closestPaletteColour(Severity severity) {
        byte[] rgb = rgb(severity);
        return ((HSSFWorkbook) workbook)
                .getCustomPalette()
                .findSimilarColor(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF)
                .getIndex();
    }
}
