package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.consolidate.ConsolidationService;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;

/**
 * The fault suite of issue #13, through the real job on real files: the same file sent twice, a
 * correction older than the original, hostile archives and file names that would take over the
 * console. Nothing is lost or doubled, and every refusal names its file. On H2 ({@link FaultSuiteIT})
 * and PostgreSQL ({@link PostgresFaultSuiteIT}): which copy is kept is decided in SQL-stored tables.
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractFaultSuiteIT {

    /** The officer's clock: the times a warning shows are the files' times on this machine. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    ConsolidationLauncher launcher;

    @Autowired
    ConsolidationService consolidation;

    /** A village poverty table of xã {@code commune} for 2025; each row: village, households, poor, near-poor. */
    private static String table(String commune, Object[]... villages) {
        StringBuilder csv = new StringBuilder("BIỂU HỘ NGHÈO XÃ " + commune.toUpperCase() + " NĂM 2025\n")
                .append("STT,Thôn,Tổng số hộ,Hộ nghèo,Hộ cận nghèo\n");
        for (int i = 0; i < villages.length; i++) {
            Object[] v = villages[i];
            csv.append(i + 1)
                    .append(',')
                    .append(v[0])
                    .append(',')
                    .append(v[1])
                    .append(',')
                    .append(v[2])
                    .append(',')
                    .append(v[3])
                    .append('\n');
        }
        return csv.toString();
    }

    private static Path write(Path file, String text, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Consolidation run(Path in, Path out) throws Exception {
        JobExecution run = launcher.run(in, out);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return consolidation.build(run.getId());
    }

    private static CommunePoverty commune(Consolidation c, String name) {
        return c.poverty().stream()
                .filter(p -> p.commune().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + c.poverty()));
    }

    private static List<Finding> of(Consolidation c, FindingCode code) {
        return c.findings().stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void theSameFileUnderTwoNamesIsCountedOnceAndTheWarningSaysWhichCopyWasUsed(@TempDir Path in, @TempDir Path out)
            throws Exception {
        String text = table("Phúc Sen", new Object[] {"Thôn Đông", 120, 8, 5}, new Object[] {"Bản Chang", 80, 4, 4});
        Instant noon = Instant.parse("2025-11-20T05:00:00Z");
        write(in.resolve("phuc-sen/bieu.csv"), text, noon);
        write(in.resolve("phuc-sen/bieu (1).csv"), text, noon.plusSeconds(60)); // the copy, saved a minute later

        Consolidation c = run(in, out);

        // 120 + 80 households, 8 + 4 poor, 5 + 4 near-poor: once, not twice
        assertThat(commune(c, "Phúc Sen").totals()).isEqualTo(new PovertyFigures(200, 12, 9));
        assertThat(of(c, FindingCode.DUPLICATE_SUBMISSION)).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("DUPLICATE_SUBMISSION.sameContent");
            assertThat(f.source().file()).isEqualTo("phuc-sen/bieu.csv");
            assertThat(f.messageVi())
                    .contains("trong phuc-sen/bieu.csv › ")
                    .contains("trùng với bảng trong phuc-sen/bieu (1).csv › ")
                    .contains("cùng nội dung: 2 dòng, 200 hộ, 12 hộ nghèo, 9 hộ cận nghèo")
                    .contains("dùng tệp mới hơn (phuc-sen/bieu (1).csv), 2 dòng của tệp cũ không được cộng");
        });
    }

    @Test
    void theSameFileLooseAndInsideAZipIsCountedOnce(@TempDir Path in, @TempDir Path out) throws Exception {
        String text = table("Hòa Thuận", new Object[] {"Thôn Trên", 60, 6, 3}, new Object[] {"Thôn Dưới", 40, 2, 1});
        Instant earlier = Instant.parse("2025-11-18T03:00:00Z");
        write(in.resolve("bieu.csv"), text, earlier);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("ho-so.zip")))) {
            ZipEntry entry = new ZipEntry("bieu.csv");
            entry.setLastModifiedTime(FileTime.from(earlier.plusSeconds(3600))); // zipped an hour later
            zip.putNextEntry(entry);
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }

        Consolidation c = run(in, out);

        // 60 + 40 households, 6 + 2 poor, 3 + 1 near-poor: once
        assertThat(commune(c, "Hòa Thuận").totals()).isEqualTo(new PovertyFigures(100, 8, 4));
        assertThat(of(c, FindingCode.DUPLICATE_SUBMISSION)).singleElement().satisfies(f -> {
            assertThat(f.source().file()).isEqualTo("bieu.csv");
            assertThat(f.messageVi())
                    .contains("trùng với bảng trong ho-so.zip!/bieu.csv › ")
                    .contains("dùng tệp mới hơn (ho-so.zip!/bieu.csv)");
        });
    }

    /**
     * The correction was copied with its old time, so the original looks newer and is kept: the rule
     * cannot know, so the warning must show the officer both files, both times and both figures.
     */
    @Test
    void aCorrectionOlderThanTheOriginalIsNamedWithBothFilesFigures(@TempDir Path in, @TempDir Path out)
            throws Exception {
        Instant original = Instant.parse("2025-11-20T08:00:00Z");
        Instant correction = Instant.parse("2025-11-18T10:30:00Z");
        write(
                in.resolve("binh-an/bieu.csv"),
                table("Bình An", new Object[] {"Thôn Một", 50, 5, 1}, new Object[] {"Thôn Hai", 40, 3, 2}),
                original);
        write(
                in.resolve("binh-an/bieu-sua.csv"),
                table("Bình An", new Object[] {"Thôn Một", 50, 2, 1}, new Object[] {"Thôn Hai", 40, 3, 3}),
                correction);

        Consolidation c = run(in, out);

        // the original is kept: 50 + 40 households, 5 + 3 poor, 1 + 2 near-poor
        assertThat(commune(c, "Bình An").totals()).isEqualTo(new PovertyFigures(90, 8, 3));
        String correctionTime = SHOWN.format(correction.atZone(ZoneId.systemDefault()));
        String originalTime = SHOWN.format(original.atZone(ZoneId.systemDefault()));
        assertThat(of(c, FindingCode.DUPLICATE_SUBMISSION)).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("DUPLICATE_SUBMISSION.differentFigures");
            assertThat(f.source().file()).isEqualTo("binh-an/bieu-sua.csv");
            assertThat(f.messageVi())
                    .contains("có trong hai tệp với số liệu khác nhau")
                    // the correction: 90 households, 2 + 3 poor, 1 + 3 near-poor
                    .contains("binh-an/bieu-sua.csv › bieu-sua (sửa lúc " + correctionTime
                            + ") ghi 2 dòng, 90 hộ, 5 hộ nghèo, 4 hộ cận nghèo")
                    .contains("binh-an/bieu.csv › bieu (sửa lúc " + originalTime
                            + ") ghi 2 dòng, 90 hộ, 8 hộ nghèo, 3 hộ cận nghèo")
                    .contains("Dùng binh-an/bieu.csv vì tệp này được sửa sau;"
                            + " 2 dòng của binh-an/bieu-sua.csv không được cộng")
                    .contains("Nếu binh-an/bieu-sua.csv mới là bản đúng, hãy bỏ binh-an/bieu.csv");
            assertThat(f.messageEn())
                    .contains("reports 2 rows, 90 households, 5 poor, 4 near-poor households")
                    .contains("reports 2 rows, 90 households, 8 poor, 3 near-poor households")
                    .contains("binh-an/bieu.csv is used because it was modified later");
        });
    }

    @Test
    void hostileArchivesAreRefusedOneByOneAndTheRestOfTheRunIsRead(@TempDir Path in, @TempDir Path out)
            throws Exception {
        Instant now = Instant.parse("2025-11-20T05:00:00Z");
        write(in.resolve("tot/bieu.csv"), table("Phúc Sen", new Object[] {"Thôn Đông", 120, 8, 5}), now);
        String inside = table("Bình An", new Object[] {"Thôn Một", 50, 2, 1});
        Path outside = Path.of("/tmp/ruralstat-zip-slip-" + System.nanoTime() + ".csv");
        zip(in.resolve("truot.zip"), z -> {
            entry(z, "../../ngoai.csv", inside);
            entry(z, outside.toString(), inside);
        });
        zip(in.resolve("bom.zip"), z -> entry(z, "bom.csv", "0".repeat(5_000_000))); // deflates about 1,000 times
        byte[] deepest = zipBytes(z -> entry(z, "sau.csv", inside));
        byte[] deeper = zipBytes(z -> entry(z, "tang-3.zip", deepest));
        zip(in.resolve("long-nhau.zip"), z -> entry(z, "tang-2.zip", deeper));
        zip(in.resolve("mat-khau.zip"), z -> entry(z, "bieu.csv", inside));
        markEncrypted(in.resolve("mat-khau.zip"));
        Files.write(in.resolve("hong.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7});
        zip(in.resolve("nhieu.zip"), z -> {
            for (int i = 0; i <= 10_000; i++) entry(z, "muc-" + i + ".txt", "x"); // one past the limit
        });

        Consolidation c = run(in, out);

        assertThat(commune(c, "Phúc Sen").totals()).isEqualTo(new PovertyFigures(120, 8, 5));
        assertThat(c.poverty()).extracting(CommunePoverty::commune).doesNotContain("Bình An");
        List<Finding> refused = of(c, FindingCode.FILE_UNREADABLE);
        assertThat(refused)
                .extracting(f -> f.source().file(), Finding::key)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "truot.zip!/../../ngoai.csv", "FILE_UNREADABLE.entryEscapesFolder"),
                        org.assertj.core.groups.Tuple.tuple(
                                "truot.zip!/" + outside, "FILE_UNREADABLE.entryEscapesFolder"),
                        org.assertj.core.groups.Tuple.tuple("bom.zip!/bom.csv", "FILE_UNREADABLE.entryZipBomb"),
                        org.assertj.core.groups.Tuple.tuple(
                                "long-nhau.zip!/tang-2.zip", "FILE_UNREADABLE.entryNestedZip"),
                        org.assertj.core.groups.Tuple.tuple("mat-khau.zip!/bieu.csv", "FILE_UNREADABLE.entryEncrypted"),
                        org.assertj.core.groups.Tuple.tuple("hong.zip", "FILE_UNREADABLE.archiveNotAZip"),
                        org.assertj.core.groups.Tuple.tuple("nhieu.zip", "FILE_UNREADABLE.archiveTooManyEntries"));
        // every refusal names the archive and, for an entry, the entry, in the officer's sentence too
        assertThat(refused)
                .allSatisfy(f -> assertThat(f.messageVi()).contains(f.source().file()));
        assertThat(in.getParent().resolve("ngoai.csv")).doesNotExist();
        assertThat(in.resolve("ngoai.csv")).doesNotExist();
        assertThat(outside).doesNotExist();
    }

    /** A file name with a terminal escape, a bell, a tab and a line break, as a careless copy can make. */
    @Test
    void aFileNameWithControlCharactersIsShownEscapedOnTheConsoleAndInTheWorkbook(@TempDir Path in, @TempDir Path out)
            throws Exception {
        String name = "bieu\u001b[31m\u0007\t\nsua.csv";
        String shown = "bieu<U+001B>[31m<U+0007><U+0009><U+000A>sua.csv";
        // the "Cộng" row says 130 households where the rows add up to 120 + 80 = 200: a finding on this file
        write(
                in.resolve(name),
                table("Phúc Sen", new Object[] {"Thôn Đông", 120, 8, 5}, new Object[] {"Bản Chang", 80, 4, 4})
                        + ",Cộng,130,12,9\n",
                Instant.parse("2025-11-20T05:00:00Z"));

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream before = System.out;
        System.setOut(new PrintStream(new TeeStream(console, before), true, StandardCharsets.UTF_8));
        Consolidation c;
        try {
            c = run(in, out);
        } finally {
            System.setOut(before);
        }

        assertThat(c.findings()).anySatisfy(f -> assertThat(f.source().file()).isEqualTo(name));
        String text = console.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(shown);
        assertThat(text.lines()).noneMatch(l -> l.startsWith("sua.csv")); // no forged line
        assertThat(text.chars().filter(ch -> ch < 0x20 && ch != '\n').count())
                .as("control characters on the console")
                .isZero();
        try (Workbook report =
                WorkbookFactory.create(out.resolve("tong-hop.xlsx").toFile(), null, true)) {
            assertThat(texts(report.getSheet("Nguồn dữ liệu"))).contains(shown);
            assertThat(texts(report.getSheet("Phát hiện"))).contains(shown);
            for (Sheet sheet : report) {
                assertThat(texts(sheet)).as(sheet.getSheetName()).allSatisfy(t -> assertThat(t)
                        .doesNotContain("\u001b", "\u0007", "\t"));
            }
        }
        String json = Files.readString(out.resolve("tong-hop.json"), StandardCharsets.UTF_8);
        assertThat(json.chars()
                        .filter(ch -> ch < 0x20 && ch != '\n' && ch != '\r')
                        .count())
                .as("raw control characters in the JSON")
                .isZero();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    /** Writes what the console shows to the test's log too. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream one;
        private final OutputStream two;

        TeeStream(OutputStream one, OutputStream two) {
            this.one = one;
            this.two = two;
        }

        @Override
        public void write(int b) throws IOException {
            one.write(b);
            two.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            one.write(b, off, len);
            two.write(b, off, len);
        }
    }

    private interface Entries {
        void fill(ZipOutputStream zip) throws IOException;
    }

    private static void zip(Path file, Entries entries) throws IOException {
        Files.write(file, zipBytes(entries));
    }

    private static byte[] zipBytes(Entries entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entries.fill(zip);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        entry(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Sets the "encrypted" flag (bit 0 of the general purpose flags) of every entry, in the local
     * headers (offset 6) and the central directory (offset 8), as a password-protected zip declares it.
     */
    private static void markEncrypted(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        for (int i = 0; i + 9 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) b[i + 6] |= 1;
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) b[i + 8] |= 1;
        }
        Files.write(zip, b);
    }
}
