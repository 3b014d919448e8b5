package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The PDF of the signable forms from a real run: seed 003's village table of xã Ngân Sơn (end of
 * 2025) through the job on H2, read back with PDFBox.
 */
@SpringBootTest(
        properties = {
            "ruralstat.cli.enabled=false",
            "spring.datasource.url=jdbc:h2:file:./target/it-h2/ruralstat;DB_CLOSE_ON_EXIT=FALSE"
        })
class SignableFormsPdfIT {

    private static final String SEED = "input/ngan-son/ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx";

    @Autowired
    ConsolidationLauncher launcher;

    @Test
    void printsSeedVillageTableUnderTheCommunesOfficialHeading(@TempDir Path in, @TempDir Path out) throws Exception {
        Files.copy(Path.of(SEED), in.resolve("ke-hoach-giam-ngheo-2026-xa-ngan-son.xlsx"));

        launcher.run(in, out);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("tong-hop.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN", "Năm 2025")
                    // a commune's own table is reported by the commune, under its province (register: 19)
                    .contains("UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN");
            // docs/samples.md, seed 003 row 1: KHUỔI DIỄN, 327 households, 41 poor (41/327×100 = 12.54 %,
            // reported 12.54), 28 near-poor (28/327×100 = 8.56 %, reported 8.56); planned 4.28 % / 14
            // poor, 0.61 % / 2 near-poor.
            assertThat(text).contains("KHUỔI DIỄN 327 41 12,54 12,54 28 8,56 8,56 4,28 14 0,61 2");
            // Row 21, KHU II: 553 households, none poor, 3 near-poor (3/553×100 = 0.54 %).
            assertThat(text).contains("KHU II 553 0 0,00 0,00 3 0,54 0,54");
        }
    }
}
