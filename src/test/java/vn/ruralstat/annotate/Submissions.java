package vn.ruralstat.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.finding.SourceRef;

/** Small submissions built by code, shaped like the officers' files, and findings on them. */
final class Submissions {

    static final String VILLAGES = "Số liệu thôn";
    static final String TOWN = "TT D'Ran";
    static final String LISTS = "Danh mục";
    static final String RATE_MESSAGE = "KHUỔI DIỄN: tỷ lệ hộ nghèo 12,5% ≠ 41/206×100 = 19,90%.";
    static final String INJECTION = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";

    private static final String[] NAMES = {
        "Bản Chang", "Nà Làng", "Cốc Phường", "Khau Ràng", "Nà Pồng", "Pác Nặm", "Bó Lếch", "Khuổi Diễn"
    };

    private Submissions() {}

    /**
     * A village poverty table: merged title over A1:F1, header in row 4, villages in rows 5-12 (C9,
     * the total households of Nà Pồng, left blank), totals as formulas in row 13, the submitter's
     * comments on E12 and F12; a second sheet whose name needs quoting, with a formula reading the
     * first sheet and a print area; a hidden third sheet.
     */
    static Path villageWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(VILLAGES);
            CellStyle titleStyle = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            titleStyle.setFont(bold);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue("BIỂU TỔNG HỢP HỘ NGHÈO NĂM 2025 XÃ NGÂN SƠN");
            title.setCellStyle(titleStyle);
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
            Row header = sheet.createRow(3);
            String[] headers = {"STT", "Thôn", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ (%)", "Ghi chú"};
            for (int c = 0; c < headers.length; c++) header.createCell(c).setCellValue(headers[c]);
            CellStyle rate = wb.createCellStyle();
            rate.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            rate.setFont(bold);
            for (int i = 0; i < NAMES.length; i++) {
                Row row = sheet.createRow(4 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(NAMES[i]);
                int households = 150 + 7 * i;
                int poor = 10 + i;
                if (!NAMES[i].equals("Nà Pồng")) row.createCell(2).setCellValue(households);
                row.createCell(3).setCellValue(poor);
                Cell r = row.createCell(4);
                r.setCellValue(Math.round(poor * 10000.0 / households) / 100.0);
                r.setCellStyle(rate);
            }
            Row khuoiDien = sheet.getRow(11);
            khuoiDien.getCell(2).setCellValue(206);
            khuoiDien.getCell(3).setCellValue(41);
            khuoiDien.getCell(4).setCellValue(12.5);
            khuoiDien.createCell(5).setCellValue("tạm tính");
            Row totals = sheet.createRow(12);
            totals.createCell(1).setCellValue("Cộng");
            totals.createCell(2).setCellFormula("SUM(C5:C12)");
            totals.createCell(3).setCellFormula("SUM(D5:D12)");
            totals.createCell(4).setCellFormula("D13/C13*100");
            comment(wb, sheet, khuoiDien.getCell(4), "Cán bộ xã", "Số liệu tạm tính, chờ rà soát.");
            comment(wb, sheet, khuoiDien.getCell(5), "Trưởng thôn", "Đã báo cáo miệng.");

            Sheet town = wb.createSheet(TOWN);
            town.createRow(1).createCell(1).setCellValue("Hộ nghèo thị trấn");
            town.createRow(2).createCell(1).setCellValue(5);
            town.createRow(4).createCell(1).setCellFormula("'" + VILLAGES + "'!D12+1");
            wb.setPrintArea(1, "A1:D10");

            Sheet lists = wb.createSheet(LISTS);
            lists.createRow(0).createCell(0).setCellValue("Thôn");
            wb.setSheetVisibility(2, SheetVisibility.HIDDEN);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }
        return file;
    }

    /** An Excel 97-2003 table: merged title, a finding-worthy cell, a formula reading a hidden later sheet. */
    static Path oldWorkbook(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Thôn");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỘ NGHÈO");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Nà Làng");
            row.createCell(1).setCellValue(-3);
            Sheet hidden = wb.createSheet("Xã cũ");
            hidden.createRow(1).createCell(1).setCellValue(21);
            Row formula = sheet.createRow(4);
            formula.createCell(2).setCellFormula("'Xã cũ'!B2*2");
            wb.setSheetHidden(1, true);
            comment(wb, sheet, row.getCell(0), "Kế toán", "Thôn mới sáp nhập.");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, file);
        }
        return file;
    }

    /**
     * A CSV as Excel saves it with Vietnamese settings' text: a title line, a header, a village per
     * line, a blank line 4, and values that must stay text ("12,5", "=1+1", "14.386", "007").
     */
    static Path villageCsv(Path file) throws IOException {
        String csv =
                """
                BIỂU KẾ HOẠCH GIẢM NGHÈO NĂM 2026
                STT,Thôn,Tổng số hộ,Hộ nghèo,Tỷ lệ (%)
                1,Khuổi Diễn,206,41,"12,5"

                2,Nà Pồng,,12,=1+1
                3,Bản Chang,14.386,007,-5
                """;
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static Finding at(String file, String sheet, String cell, FindingCode code, Severity severity, String messageVi) {
        return new Finding(
                code, severity, null, messageVi, "english: " + messageVi, new SourceRef(file, sheet, cell), null, null);
    }

    static Finding mismatch(
            String file,
            String sheet,
            String cell,
            FindingCode code,
            String messageVi,
            String reported,
            String expected) {
        return new Finding(
                code,
                code.severity(),
                null,
                messageVi,
                "english: " + messageVi,
                new SourceRef(file, sheet, cell),
                reported,
                expected);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void comment(Workbook wb, Sheet sheet, Cell cell, String author, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setAuthor(author);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        cell.setCellComment(comment);
    }

    private static void save(Workbook wb, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
