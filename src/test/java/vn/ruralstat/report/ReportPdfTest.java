package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.poverty.VillagePoverty.PlannedReduction;

/** The PDF of the signable forms, read back with PDFBox: what a printer and an officer get. */
class ReportPdfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T07:30:00Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path output;

    @Test
    void writesTheSignableFormsOnA4WithEveryFontEmbedded() throws IOException {
        try (PDDocument pdf = write(SampleConsolidation.build())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                // A4 is 210 × 297 mm = 595.3 × 841.9 pt, upright or turned (landscape).
                assertThat(List.of(
                                Math.round(Math.min(box.getWidth(), box.getHeight())),
                                Math.round(Math.max(box.getWidth(), box.getHeight()))))
                        .containsExactly(595, 842);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                    assertThat(((PDType0Font) font)
                                    .getDescendantFont()
                                    .getFontDescriptor()
                                    .getFontFile2())
                            .as(font.getName() + " embedded as FontFile2")
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void eachFormCarriesTheOfficialHeadingTitleAndSignaturesInVietnamese() throws IOException {
        try (PDDocument pdf = write(SampleConsolidation.build())) {
            String all = text(pdf, 1, pdf.getNumberOfPages());

            assertThat(all)
                    .contains(OfficialForm.NATIONAL_TITLE, OfficialForm.MOTTO)
                    // the run's unit issues the report; its date line is the day of the run (05/01/2026)
                    .contains("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA", "Quảng Hòa, ngày 05 tháng 01 năm 2026")
                    .contains("TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN", "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO XÃ")
                    .contains("TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI THEO XÃ")
                    .contains("Năm 2025", "Đơn vị tính: hộ")
                    .contains("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }
    }

    @Test
    void villageRowsShowTheSourceFiguresWrittenVietnameseStyle() throws IOException {
        try (PDDocument pdf = write(SampleConsolidation.build())) {
            String all = text(pdf, 1, pdf.getNumberOfPages());

            // Thôn Nà Lẹng: 120 households, 6 poor (6/120×100 = 5,00 %), 10 near-poor (10/120×100 = 8,33 %).
            assertThat(all).containsPattern("Thôn Nà Lẹng 120 6 5,00 5,00 10 8,33 8,33");
            // The sheet's source column ("Nguồn (tệp › trang tính › ô)") is for checking, not for signing.
            assertThat(all).doesNotContain("Nguồn (tệp").doesNotContain("2025/ngan-son.xlsx");
            // Cộng xã Ngân Sơn: 120 + 95 + 85 = 300; 6 + 4 + 2 = 12, 12/300×100 = 4,00 %; 10 + 7 + 3 = 20, 6,67 %.
            assertThat(all).containsPattern("Cộng xã Ngân Sơn 300 12 4,00 20 6,67");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndNumbersPagesFromTheSecond() throws IOException {
        try (PDDocument pdf = write(manyVillages(450))) {
            int first = firstPageWith(pdf, "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN");
            int last = firstPageWith(pdf, "TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO XÃ") - 1;
            assertThat(last - first).as("pages of the village form").isGreaterThanOrEqualTo(5);

            assertThat(firstLine(text(pdf, 1, 1))).isNotEqualTo("1").doesNotMatch("\\d+");
            assertThat(firstLine(text(pdf, first, first))).doesNotMatch("\\d+");
            for (int page = first + 1; page <= last; page++) {
                String text = text(pdf, page, page);
                assertThat(firstLine(text)).as("number of page " + page).isEqualTo(String.valueOf(page - first + 1));
                // Once per page: repeated at the top, never printed again in the middle of a page.
                assertThat(occurrences(text, "Hộ cận nghèo"))
                        .as("header on page " + page)
                        .isEqualTo(1);
            }
            // Every village is printed once, none lost where the table is handed over in parts.
            String form = text(pdf, first, last);
            assertThat(IntStream.rangeClosed(1, 450).filter(i -> !form.contains("Thôn Số " + i + " ")))
                    .isEmpty();
            // 450 villages of 100 households, 1 poor each: 45.000 households, 450 poor, 1,00 %.
            assertThat(form).contains("Cộng xã Nà Phặc 45.000 450 1,00");
        }
    }

    /** One commune of {@code count} villages, 100 households and 1 poor household each. */
    private static Consolidation manyVillages(int count) {
        SourceRef table = new SourceRef("na-phac.xlsx", "Biểu 01", null);
        List<VillagePoverty> villages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            villages.add(SampleConsolidation.village(
                    "Thôn Số " + i, 100, 1, 2, 1.0, 2.0, PlannedReduction.NONE, table, 8 + i));
        }
        CommunePoverty commune = CommunePoverty.ofVillages("Nà Phặc", "Quảng Hòa", "2025", villages, table);
        PovertyFigures all = new PovertyFigures(100L * count, count, 2L * count);
        return new Consolidation(
                3,
                "huyện Quảng Hòa",
                List.of(commune),
                List.of(new PovertyRollup("Quảng Hòa", "huyện", "2025", all, List.of("Nà Phặc"), null, null)),
                List.of(),
                List.of(),
                List.of());
    }

    private PDDocument write(Consolidation consolidation) throws IOException {
        new ReportWriter(new ChartRenderer(), new ConsolidatedWorkbookWriter(), new JsonSummaryWriter(), CLOCK)
                .write(consolidation, output);
        return Loader.loadPDF(output.resolve(ReportWriter.PDF).toFile());
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return java.text.Normalizer.normalize(stripper.getText(pdf), java.text.Normalizer.Form.NFC);
    }

    private static int firstPageWith(PDDocument pdf, String words) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (text(pdf, page, page).contains(words)) return page;
        }
        throw new AssertionError("no page with " + words);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }

    private static int occurrences(String text, String words) {
        return text.split(java.util.regex.Pattern.quote(words), -1).length - 1;
    }
}
