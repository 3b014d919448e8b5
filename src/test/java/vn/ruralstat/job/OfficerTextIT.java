package vn.ruralstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ruralstat.RuralstatApplication;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.message.EnglishWords;
import vn.ruralstat.synthetic.GenerationManifest;
import vn.ruralstat.synthetic.SyntheticInputGenerator;

/**
 * Officers read Vietnamese only: every cell, comment and sheet name of the consolidated workbook,
 * the annotated copies, a summary and a review of a run with findings of many kinds holds no raw
 * finding code, no rulebook id and none of the English words the catalogue is checked against.
 */
class OfficerTextIT {

    /** A finding code as the code writes it: DUPLICATE_SUBMISSION, RATE_MISMATCH. */
    static final Pattern FINDING_CODE = Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b");

    /** A rulebook id: NTM-2021-2025, POVERTY-2022-2025, with or without " v1". */
    static final Pattern RULEBOOK_ID = Pattern.compile("\\b(NTM|POVERTY)-\\d{4}-\\d{4}\\b");

    /**
     * LibreOffice's menu path, written as LibreOffice shows it in English in the advice on an .ods
     * file (the catalogue allows it for FILE_UNSUPPORTED.ods).
     */
    private static final String MENU_PATH = "File › Save As";

    @Test
    void everyTextOfTheOutputsIsVietnameseWithoutCodesOrIds(@TempDir Path db, @TempDir Path in, @TempDir Path out)
            throws Exception {
        // Findings of many kinds: wrong rates and unregistered names (generated district), a
        // duplicate submission and a note that disagrees (the samples), unreadable, unsupported
        // and table-less files (broken files), a refused zip entry.
        GenerationManifest district = SyntheticInputGenerator.generate(
                new SyntheticInputGenerator.Options(3, 4, 2022, SyntheticInputGenerator.Format.XLSX, in.resolve("sinh"))
                        .withErrors(2));
        copySamples(Path.of("input"), in.resolve("mau"));
        addBrokenFiles(in.resolve("hong"));

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
                "Quảng Hòa",
                "--period",
                "2022-2025",
                "--output",
                out.resolve("tom-tat").toString());
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
                out.resolve("danh-gia").toString());
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
                out.resolve("danh-gia-sinh").toString());

        List<String> texts = new ArrayList<>();
        List<Path> workbooks = workbooks(out);
        for (Path workbook : workbooks) texts.addAll(texts(out, workbook));

        assertThat(workbooks)
                .as("the consolidated workbook, annotated copies, a summary and two reviews")
                .anySatisfy(p -> assertThat(p.toString()).endsWith("tong-hop/tong-hop.xlsx"))
                .anySatisfy(p -> assertThat(p.toString()).endsWith(".kiem-tra.xlsx"))
                .anySatisfy(p -> assertThat(p.toString()).contains("tom-tat"))
                .anySatisfy(p -> assertThat(p.toString()).contains("danh-gia"));
        // Not a vacuous pass: the findings are there, by their Vietnamese names, and so are the rulebooks.
        assertThat(texts)
                .anySatisfy(t -> assertThat(t).contains(FindingCode.DUPLICATE_SUBMISSION.officialName()))
                .anySatisfy(t -> assertThat(t).contains(FindingCode.RATE_MISMATCH.officialName()))
                .anySatisfy(t -> assertThat(t).contains(FindingCode.FILE_UNREADABLE.officialName()))
                .anySatisfy(t -> assertThat(t).contains(FindingCode.SHEET_NO_TABLE.officialName()))
                .anySatisfy(t -> assertThat(t)
                        .contains("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (QĐ 318/QĐ-TTg)"))
                .anySatisfy(t -> assertThat(t).contains("Chuẩn nghèo đa chiều giai đoạn 2022-2025 (NĐ 07/2021/NĐ-CP)"));
        assertThat(texts.stream().filter(OfficerTextIT::notForOfficers).toList())
                .isEmpty();
    }

    @Test
    void theCheckSeesACodeAnIdAndAnEnglishWord() {
        assertThat(notForOfficers("where: DUPLICATE_SUBMISSION")).isTrue();
        assertThat(notForOfficers("where: Bộ tiêu chí NTM-2021-2025 v1")).isTrue();
        assertThat(notForOfficers("where: POVERTY-2022-2025")).isTrue();
        assertThat(notForOfficers("where: replaced by a.xlsx")).isTrue();
        assertThat(notForOfficers("where: Tệp a.ods: hãy lưu lại (File › Save As)."))
                .isFalse();
        assertThat(notForOfficers("where: Tỷ lệ không khớp, TC 7, 001.N/BCC-XHPT"))
                .isFalse();
    }

    /** A text with a finding code, a rulebook id or an English word. */
    static boolean notForOfficers(String located) {
        String text = located.substring(located.indexOf(": ") + 2).replace(MENU_PATH, "");
        return FINDING_CODE.matcher(text).find()
                || RULEBOOK_ID.matcher(text).find()
                || !EnglishWords.in(text).isEmpty();
    }

    private static List<Path> workbooks(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().matches(".*\\.(xlsx|xlsm|xls)$"))
                    .sorted()
                    .toList();
        }
    }

    /** Every sheet name, text cell and comment, each as "file › sheet › cell: text". */
    private static List<String> texts(Path out, Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        String name = out.relativize(file).toString().replace('\\', '/');
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                String where = name + " › " + sheet.getSheetName();
                texts.add(where + ": " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(where + " › " + cell.getAddress() + ": " + cell.getStringCellValue());
                        }
                    }
                }
                for (var entry : sheet.getCellComments().entrySet()) {
                    Comment comment = entry.getValue();
                    texts.add(where + " › " + entry.getKey() + " (ghi chú): "
                            + comment.getString().getString());
                }
            }
        }
        return texts;
    }

    private static void copySamples(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                // The modification times decide which of two duplicate submissions is the newer.
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
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
            zip.putNextEntry(new ZipEntry("../thoat-ra.csv"));
            zip.write("Thôn,Tổng số hộ,Hộ nghèo\nA,10,1\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xa-a/bieu.csv"));
            zip.write("Thôn,Tổng số hộ,Hộ nghèo\nThôn A,10,1\n".getBytes(StandardCharsets.UTF_8));
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
}
