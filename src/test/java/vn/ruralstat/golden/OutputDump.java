package vn.ruralstat.golden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PictureData;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every file of an output folder as text, to compare two runs: workbooks cell by cell (value or
 * formula, cached result, font, fill, number format, borders, comments, links), merged regions,
 * widths, heights and print setup; pictures and PNG files by their SHA-256; JSON and other text
 * as written. What differs from one run to the next (run ids, dates and times of the run) is
 * replaced by a placeholder, so two runs of the same inputs give the same dump.
 */
final class OutputDump {

    private static final List<Pattern> RUN_IDS = List.of(
            Pattern.compile("(\"runId\"\\s*:\\s*)\\d+"),
            Pattern.compile("(Lần tổng hợp số )\\d+"),
            Pattern.compile("(run )\\d+"));
    private static final List<Pattern> TIMES = List.of(
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?(\\[[^\\]]+\\])?"),
            Pattern.compile("\\d{2}/\\d{2}/\\d{4},? \\d{2}:\\d{2}(:\\d{2})?"),
            Pattern.compile("\\d{2}:\\d{2}(:\\d{2})? (ngày )?\\d{2}/\\d{2}/\\d{4}"),
            // The place-and-date line of the official forms: "Quảng Hòa, ngày 03 tháng 12 năm 2026".
            Pattern.compile("ngày \\d{2} tháng \\d{2} năm \\d{4}"));

    private OutputDump() {}

    static String of(Path folder) throws IOException {
        StringBuilder out = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            out.append("=== ").append(name).append('\n');
            String lower = name.toLowerCase();
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
                workbook(file, out);
            } else if (lower.endsWith(".pdf")) {
                pdf(file, out);
            } else {
                byte[] bytes = Files.readAllBytes(file);
                String text = lower.endsWith(".png") ? null : utf8(bytes);
                out.append(text == null ? "sha256 " + sha256(bytes) : text).append('\n');
            }
        }
        return normalise(out.toString());
    }

    static String normalise(String dump) {
        String s = dump;
        for (Pattern p : RUN_IDS) s = p.matcher(s).replaceAll("$1<RUN>");
        for (Pattern p : TIMES) s = p.matcher(s).replaceAll("<TIME>");
        return s;
    }

    /** The day of the run in a form's date line ("ngày 03 tháng 12 năm 2026"). */
    private static final Pattern DATE_LINE = Pattern.compile("ngày \\d{2} tháng \\d{2} năm \\d{4}");

    /**
     * A PDF by its pages: size and turn, fonts (their subset prefix, which is random, left out)
     * and whether each is embedded, and the text top to bottom. Its bytes hold the time of writing.
     */
    private static void pdf(Path file, StringBuilder out) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            int number = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                number++;
                var box = page.getMediaBox();
                out.append("page ")
                        .append(number)
                        .append(' ')
                        .append(Math.round(box.getWidth()))
                        .append('x');
                out.append(Math.round(box.getHeight())).append(" rotate ").append(page.getRotation());
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    out.append(" font ").append(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    out.append(font.isEmbedded() ? " embedded" : " NOT embedded");
                }
                out.append('\n');
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String text = java.text.Normalizer.normalize(stripper.getText(pdf), java.text.Normalizer.Form.NFC);
                out.append(DATE_LINE.matcher(text).replaceAll("ngày <DATE>"));
            }
        }
    }

    private static void workbook(Path file, StringBuilder out) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            if (wb instanceof XSSFWorkbook x) {
                var core = x.getProperties().getCoreProperties();
                out.append("properties title=")
                        .append(core.getTitle())
                        .append(" description=")
                        .append(core.getDescription())
                        .append(" creator=")
                        .append(core.getCreator())
                        .append('\n');
            }
            for (PictureData p : wb.getAllPictures()) {
                out.append("picture ")
                        .append(p.getMimeType())
                        .append(' ')
                        .append(sha256(p.getData()))
                        .append('\n');
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) sheet(wb, wb.getSheetAt(i), out);
        }
    }

    private static void sheet(Workbook wb, Sheet sheet, StringBuilder out) {
        int index = wb.getSheetIndex(sheet);
        out.append("--- sheet ")
                .append(sheet.getSheetName())
                .append(wb.isSheetHidden(index) ? " (hidden)" : "")
                .append(" frozen=")
                .append(
                        sheet.getPaneInformation() == null
                                ? "-"
                                : sheet.getPaneInformation().getHorizontalSplitPosition() + ","
                                        + sheet.getPaneInformation().getVerticalSplitPosition())
                .append('\n');
        PrintSetup print = sheet.getPrintSetup();
        out.append("print landscape=")
                .append(print.getLandscape())
                .append(" paper=")
                .append(print.getPaperSize())
                .append(" fitWidth=")
                .append(print.getFitWidth())
                .append(" repeatRows=")
                .append(sheet.getRepeatingRows())
                .append('\n');
        List<String> merged = sheet.getMergedRegions().stream()
                .map(CellRangeAddress::formatAsString)
                .sorted()
                .toList();
        out.append("merged ").append(merged).append('\n');
        StringBuilder widths = new StringBuilder("widths");
        int lastColumn = 0;
        for (Row row : sheet) lastColumn = Math.max(lastColumn, row.getLastCellNum());
        for (int c = 0; c < lastColumn; c++) widths.append(' ').append(sheet.getColumnWidth(c));
        out.append(widths).append('\n');
        for (Row row : sheet) {
            out.append("row ")
                    .append(row.getRowNum() + 1)
                    .append(" height=")
                    .append(row.getHeight())
                    .append(row.getZeroHeight() ? " hidden" : "")
                    .append('\n');
            for (Cell cell : row) cell(wb, cell, out);
        }
        for (var entry : sheet.getCellComments().entrySet()) {
            Comment c = entry.getValue();
            out.append("comment ")
                    .append(entry.getKey().formatAsString())
                    .append(' ')
                    .append(c.getAuthor())
                    .append(": ")
                    .append(c.getString().getString())
                    .append('\n');
        }
        for (Hyperlink link : sheet.getHyperlinkList()) {
            out.append("link ")
                    .append(link.getType())
                    .append(' ')
                    .append(link.getAddress())
                    .append('\n');
        }
    }

    private static void cell(Workbook wb, Cell cell, StringBuilder out) {
        out.append("  ").append(cell.getAddress().formatAsString()).append(' ');
        switch (cell.getCellType()) {
            case FORMULA ->
                out.append("=").append(cell.getCellFormula()).append(" -> ").append(cached(cell));
            case BLANK -> out.append("blank");
            default -> out.append(cached(cell));
        }
        out.append(" | ").append(style(wb, cell.getCellStyle())).append('\n');
    }

    private static String cached(Cell cell) {
        var type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> "n:" + cell.getNumericCellValue();
            case STRING -> "s:" + cell.getRichStringCellValue().getString();
            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
            case ERROR -> "e:" + cell.getErrorCellValue();
            default -> type.name();
        };
    }

    private static String style(Workbook wb, CellStyle style) {
        Font font = wb.getFontAt(style.getFontIndex());
        StringBuilder s = new StringBuilder();
        s.append(font.getFontName()).append(' ').append(font.getFontHeightInPoints());
        if (font.getBold()) s.append(" bold");
        if (font.getItalic()) s.append(" italic");
        s.append(" fmt=").append(style.getDataFormatString());
        s.append(" align=").append(style.getAlignment()).append('/').append(style.getVerticalAlignment());
        if (style.getWrapText()) s.append(" wrap");
        s.append(" border=")
                .append(style.getBorderTop())
                .append(',')
                .append(style.getBorderRight())
                .append(',')
                .append(style.getBorderBottom())
                .append(',')
                .append(style.getBorderLeft());
        if (style instanceof XSSFCellStyle x) {
            XSSFColor fill = x.getFillForegroundXSSFColor();
            if (fill != null && fill.getRGB() != null)
                s.append(" fill=").append(HexFormat.of().formatHex(fill.getRGB()));
        } else if (style.getFillForegroundColor() != 64) {
            s.append(" fill=").append(style.getFillForegroundColor());
        }
        return s.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
