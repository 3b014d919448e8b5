package vn.ruralstat.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ruralstat.RuralstatApplication;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * Every output of the sample inputs and of a generated district (the benchmark's generator, smaller), through the command line as an
 * officer runs it (consolidate, summary, review), compared with the dumps kept in
 * {@code src/test/resources/golden/}: a change that is meant to keep behaviour must keep them to
 * the letter. The dumps were recorded from the code before the restructuring of issue #10; they are
 * a regression reference, not a source of expected figures (those come from the seed tables in the
 * other tests). After a deliberate change of an output, record them again with
 * {@code ./mvnw verify -Dit.test=OutputsUnchangedIT -Dgolden.update=true} and review the diff.
 */
class OutputsUnchangedIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void theSamplesGiveTheSameOutputsAsRecorded(@TempDir Path db, @TempDir Path out) throws Exception {
        run(
                db,
                "consolidate",
                "--input",
                "input",
                "--output",
                out.resolve("tong-hop").toString());
        run(
                db,
                "summary",
                "--unit",
                "Quảng Hòa",
                "--period",
                "2022-2025",
                "--output",
                out.resolve("tom-tat-qh").toString());
        run(
                db,
                "summary",
                "--unit",
                "xã Ngân Sơn",
                "--period",
                "2025",
                "--output",
                out.resolve("tom-tat-ns").toString());
        run(
                db,
                "review",
                "--unit",
                "Quảng Hòa",
                "--from",
                "2021",
                "--to",
                "2025",
                "--output",
                out.resolve("danh-gia-qh").toString());
        run(
                db,
                "review",
                "--unit",
                "huyện Quảng Hòa",
                "--from",
                "2021",
                "--to",
                "2025",
                "--output",
                out.resolve("danh-gia-huyen-qh").toString());
        run(
                db,
                "review",
                "--unit",
                "xã Ngân Sơn",
                "--from",
                "2024",
                "--to",
                "2025",
                "--output",
                out.resolve("danh-gia-ns").toString());

        assertSameAsRecorded("samples", out);
    }

    @Test
    void aGeneratedDistrictWithErrorsAndBrokenFilesGivesTheSameOutputsAsRecorded(
            @TempDir Path db, @TempDir Path in, @TempDir Path out) throws Exception {
        GenerationManifest district = SyntheticInputGenerator.generate(
                new SyntheticInputGenerator.Options(6, 10, 2022, SyntheticInputGenerator.Format.XLSX, in)
                        .withErrors(3));
        SyntheticInputGenerator.generate(
                new SyntheticInputGenerator.Options(3, 4, 7, SyntheticInputGenerator.Format.CSV, in.resolve("csv"))
                        .withErrors(2));
        addBrokenFiles(in.resolve("hong"));
        for (Path file : district.files()) if (file.toString().endsWith(".xlsx")) Reproducible.rezip(file);

        run(
                db,
                "consolidate",
                "--input",
                in.toString(),
                "--output",
                out.resolve("tong-hop").toString());
        run(
                db,
                "summary",
                "--unit",
                district.parentUnit(),
                "--output",
                out.resolve("tom-tat").toString());
        run(
                db,
                "review",
                "--unit",
                district.parentUnit(),
                "--from",
                "2024",
                "--to",
                "2025",
                "--output",
                out.resolve("danh-gia").toString());

        assertSameAsRecorded("generated-district", out);
    }

    /** Files an office really receives beside good ones: empty, corrupt, other formats, a hostile zip. */
    private static void addBrokenFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("trong.xlsx"), new byte[0]);
        Files.write(dir.resolve("hong.xlsx"), "PK not really a workbook".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("bao-cao.ods"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("cong-van.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("khong-bang.csv"), "Ghi chú\nkhông có bảng nào ở đây\n", StandardCharsets.UTF_8);
        try (OutputStream file = Files.newOutputStream(dir.resolve("ho-so.zip"));
                ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry escaping = new ZipEntry("../thoat-ra.csv");
            escaping.setTime(0);
            zip.putNextEntry(escaping);
            zip.write("Thôn,Tổng số hộ,Hộ nghèo\nA,10,1\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void run(Path db, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:file:" + db.resolve("ruralstat");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(RuralstatApplication.class, all)) {
            assertThat(SpringApplication.exit(ctx)).as(String.join(" ", args)).isZero();
        }
    }

    private static void assertSameAsRecorded(String name, Path out) throws IOException {
        String actual = OutputDump.of(out);
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("recorded dump %s (record it with -Dgolden.update=true)", golden)
                .exists();
        Path written = Path.of("target/golden-actual", name + ".txt");
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        List<String> expectedLines = Files.readAllLines(golden, StandardCharsets.UTF_8);
        List<String> actualLines = actual.lines().toList();
        for (int i = 0; i < Math.min(expectedLines.size(), actualLines.size()); i++) {
            assertThat(actualLines.get(i))
                    .as("line %d of %s (whole dump: %s)", i + 1, golden, written)
                    .isEqualTo(expectedLines.get(i));
        }
        assertThat(actualLines)
                .as("lines of %s (whole dump: %s)", golden, written)
                .hasSameSizeAs(expectedLines);
    }
}
