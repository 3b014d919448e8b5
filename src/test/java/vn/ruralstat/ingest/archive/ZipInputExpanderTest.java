package vn.ruralstat.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ruralstat.sheet.UnreadableFileProblems.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.SheetVisitor;
import vn.ruralstat.sheet.UnreadableFileException;
import vn.ruralstat.sheet.WorkbookReaders;

class ZipInputExpanderTest {

    @TempDir
    Path dir;

    private final ZipInputExpander expander = new ZipInputExpander();

    @Test
    void readsSpreadsheetsInsideAZip() throws IOException {
        Path zip = zip("xa-ngan-son.zip", z -> {
            z.file("bieu-ngheo.xlsx", xlsx("Thôn Nà Pò"));
            z.file("thon/ke-hoach.csv", "Thôn;Số hộ\nNà Pò;120\n");
            z.directory("thon/");
            z.file("ghi-chu.docx", "không phải bảng tính");
            z.file("__MACOSX/._bieu-ngheo.xlsx", "metadata");
            z.file(".DS_Store", "metadata");
            z.file("thon/~$ke-hoach.xlsx", "lock");
        });

        Expansion expansion = expander.expand(zip, "ngan-son/xa-ngan-son.zip", folder("out"));

        assertThat(expansion.files())
                .extracting(ExpandedFile::displayName)
                .containsExactly(
                        "ngan-son/xa-ngan-son.zip!/bieu-ngheo.xlsx", "ngan-son/xa-ngan-son.zip!/thon/ke-hoach.csv");
        assertThat(expansion.files())
                .extracting(ExpandedFile::extracted)
                .containsExactly(dir.resolve("out/bieu-ngheo.xlsx"), dir.resolve("out/thon/ke-hoach.csv"));
        assertThat(expansion.ignored()).containsExactly("ngan-son/xa-ngan-son.zip!/ghi-chu.docx");
        assertThat(expansion.refused()).isEmpty();
        assertThat(firstCell(expansion.files().get(0).extracted())).isEqualTo("Thôn Nà Pò");
        assertThat(firstCell(expansion.files().get(1).extracted())).isEqualTo("Thôn");
    }

    @Test
    void skipsZipEntriesThatEscapeTheFolder() throws IOException {
        Path zip = zip("slip.zip", z -> {
            z.file("../../ngoai.csv", "a;b\n");
            z.file("/etc/ruralstat.csv", "a;b\n");
            z.file("thon/../../ngoai-2.csv", "a;b\n");
            z.file("C:/Windows/x.csv", "a;b\n");
            z.file("thon\\..\\..\\ngoai-3.csv", "a;b\n");
            z.file("tot.csv", "a;b\n");
        });
        Path out = folder("out");

        Expansion expansion = expander.expand(zip, "slip.zip", out);

        assertThat(expansion.files()).extracting(ExpandedFile::displayName).containsExactly("slip.zip!/tot.csv");
        assertThat(expansion.refused())
                .extracting(RefusedEntry::displayName)
                .containsExactly(
                        "slip.zip!/../../ngoai.csv",
                        "slip.zip!//etc/ruralstat.csv",
                        "slip.zip!/thon/../../ngoai-2.csv",
                        "slip.zip!/C:/Windows/x.csv",
                        "slip.zip!/thon/../../ngoai-3.csv");
        assertThat(expansion.refused().get(0))
                .isEqualTo(new RefusedEntry(
                        "slip.zip!/../../ngoai.csv",
                        Message.of("FILE_UNREADABLE.entryEscapesFolder", "slip.zip!/../../ngoai.csv")));
        try (var written = Files.walk(dir)) {
            assertThat(written.filter(Files::isRegularFile)
                            .map(p -> dir.relativize(p).toString()))
                    .containsExactlyInAnyOrder("slip.zip", "out/tot.csv");
        }
    }

    @Test
    void refusesSymbolicLinkEntries() throws IOException {
        Path zip = zip("link.zip", z -> z.symlink("bieu.csv", "/etc/passwd"));

        Expansion expansion = expander.expand(zip, "link.zip", folder("out"));

        assertThat(expansion.files()).isEmpty();
        assertThat(expansion.refused())
                .extracting(RefusedEntry::reasonEn)
                .containsExactly("Not extracting entry link.zip!/bieu.csv: it is a symbolic link, not a file");
        assertThat(dir.resolve("out/bieu.csv")).doesNotExist();
    }

    @Test
    void refusesPasswordProtectedEntriesAndExtractsTheOthers() throws IOException {
        Path zip = zip("mat-khau.zip", z -> z.file("bieu.csv", "a;b\n"));
        // bit 0 of the general purpose flags, in the local header (offset 6) and the central directory (offset 8):
        // what a zip tool sets on an entry it encrypted
        byte[] b = Files.readAllBytes(zip);
        for (int i = 0; i + 9 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) b[i + 6] |= 1;
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) b[i + 8] |= 1;
        }
        Files.write(zip, b);

        Expansion expansion = expander.expand(zip, "mat-khau.zip", folder("out"));

        assertThat(expansion.files()).isEmpty();
        assertThat(expansion.refused())
                .containsExactly(new RefusedEntry(
                        "mat-khau.zip!/bieu.csv",
                        Message.of("FILE_UNREADABLE.entryEncrypted", "mat-khau.zip!/bieu.csv")));
        assertThat(dir.resolve("out/bieu.csv")).doesNotExist();
    }

    @Test
    void opensOnlyOneLevelOfZips() throws IOException {
        Path inner = zip("trong.zip", z -> z.file("a.csv", "a;b\n"));
        Path zip = zip("ngoai.zip", z -> z.file("thon/trong.zip", Files.readAllBytes(inner)));

        Expansion expansion = expander.expand(zip, "ngoai.zip", folder("out"));

        assertThat(expansion.files()).isEmpty();
        assertThat(expansion.refused())
                .extracting(RefusedEntry::reasonEn)
                .containsExactly(
                        "Not opening entry ngoai.zip!/thon/trong.zip: a zip inside a zip; only one level is opened."
                                + " Unzip it and send the files inside");
    }

    @Test
    void refusesEntryCompressedMoreThanAHundredTimes() throws IOException {
        Path zip = zip("bom.zip", z -> {
            z.file("bom.csv", new byte[20 * 1024 * 1024]);
            z.file("tot.csv", "a;b\n");
        });
        long ratio;
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            var entry = file.getEntry("bom.csv");
            ratio = entry.getSize() / entry.getCompressedSize();
        }

        Expansion expansion = expander.expand(zip, "bom.zip", folder("out"));

        assertThat(expansion.files()).extracting(ExpandedFile::displayName).containsExactly("bom.zip!/tot.csv");
        assertThat(expansion.refused())
                .extracting(RefusedEntry::reasonEn)
                .containsExactly(
                        "Not extracting entry bom.zip!/bom.csv: it is compressed " + String.format("%,d", ratio)
                                + " times (at most 100 is accepted), the mark of a malicious \"zip bomb\"");
        assertThat(dir.resolve("out/bom.csv")).doesNotExist();
    }

    @Test
    void refusesEntryLargerThanItsDirectorySays() throws IOException {
        Path zip = zip("gia.zip", z -> z.file("bieu.csv", "Thôn;Số hộ\n".repeat(1_000)));
        declareSize(zip, "bieu.csv", 100);

        Expansion expansion = expander.expand(zip, "gia.zip", folder("out"));

        assertThat(expansion.files()).isEmpty();
        assertThat(expansion.refused())
                .extracting(RefusedEntry::reasonEn)
                .containsExactly("Not extracting entry gia.zip!/bieu.csv: it is larger than the zip's directory says;"
                        + " the archive is damaged or forged");
        assertThat(dir.resolve("out/bieu.csv")).doesNotExist();
    }

    @Test
    void refusesEntryAboveSizeLimit() throws IOException {
        Path zip = zip("lon.zip", z -> z.file("lon.csv", "Thôn;Số hộ\n".repeat(300)));
        ZipInputExpander small = new ZipInputExpander(100, 1024, 1024 * 1024);

        Expansion expansion = small.expand(zip, "lon.zip", folder("out"));

        assertThat(expansion.refused())
                .extracting(RefusedEntry::reasonEn)
                .containsExactly(
                        "Not extracting entry lon.zip!/lon.csv: it unpacks to 5 KB, above the 1 KB limit a file");
    }

    @Test
    void refusesWholeArchiveAboveTotalLimitBeforeExtractingAnything() throws IOException {
        Path zip = zip("tong.zip", z -> {
            z.file("a.csv", "Thôn;Số hộ\n".repeat(100));
            z.file("b.csv", "Thôn;Số hộ\n".repeat(100));
        });
        ZipInputExpander small = new ZipInputExpander(100, 1024 * 1024, 2000);
        Path out = folder("out");

        assertThatThrownBy(() -> small.expand(zip, "tong.zip", out))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.archiveTooLarge", "tong.zip", "4 KB", "2 KB"));
        try (var written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void refusesArchiveWithTooManyEntries() throws IOException {
        Path zip = zip("nhieu.zip", z -> {
            for (int i = 0; i <= 20; i++) z.file("f" + i + ".txt", "");
        });

        assertThatThrownBy(() -> new ZipInputExpander(20, 1024, 1024).expand(zip, "nhieu.zip", folder("out")))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.archiveTooManyEntries", "nhieu.zip", "20"));
    }

    @Test
    void refusesFileThatIsNotAZip() throws IOException {
        Path rar = Files.write(
                dir.resolve("bao-cao.zip"), "Rar!\u001a\u0007\u0000 not a zip".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> expander.expand(rar, "bao-cao.zip", folder("out")))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(problem("FILE_UNREADABLE.archiveNotAZip", "bao-cao.zip"));
    }

    @Test
    void readsVietnameseNamesWrittenByWindowsWithoutUtf8Flag() throws IOException {
        // Windows' "Compressed folder" writes names in the OEM code page, Windows-1258 on Vietnamese
        // Windows, unflagged; that code page spells "ã" and "ò" with combining marks
        Path zip = dir.resolve("windows.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.setEncoding("windows-1258");
            out.setUseLanguageEncodingFlag(false);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            out.putArchiveEntry(new ZipArchiveEntry("Xa\u0303 Ngân Sơn/Thôn Nà Po\u0300.csv"));
            out.write("a;b\n".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        Expansion expansion = expander.expand(zip, "windows.zip", folder("out"));

        assertThat(expansion.files())
                .extracting(ExpandedFile::displayName)
                .containsExactly("windows.zip!/Xã Ngân Sơn/Thôn Nà Pò.csv");
        assertThat(dir.resolve("out/Xã Ngân Sơn/Thôn Nà Pò.csv")).exists();
    }

    @Test
    void keepsTheEntrysModificationTime() throws IOException {
        Instant saved = Instant.parse("2025-12-01T08:30:00Z");
        Path zip = zip("gio.zip", z -> z.file("bieu.csv", "a;b\n".getBytes(StandardCharsets.UTF_8), saved));

        Expansion expansion = expander.expand(zip, "gio.zip", folder("out"));

        assertThat(Files.getLastModifiedTime(expansion.files().get(0).extracted()))
                .isEqualTo(FileTime.from(saved));
    }

    @Test
    void recognisesZipsByName() {
        assertThat(ZipInputExpander.isZip(Path.of("in/Xã A.ZIP"))).isTrue();
        assertThat(ZipInputExpander.isZip(Path.of("in/.an.zip"))).isFalse();
        assertThat(ZipInputExpander.isZip(Path.of("in/bieu.xlsx"))).isFalse();
    }

    // --- fixtures ---

    private Path folder(String name) throws IOException {
        return Files.createDirectory(dir.resolve(name));
    }

    private interface ZipContent {
        void fill(ZipWriter zip) throws IOException;
    }

    /** Writes zip entries with Commons Compress, which can write symbolic links and keep names as given. */
    private static final class ZipWriter {
        private final ZipArchiveOutputStream out;

        ZipWriter(ZipArchiveOutputStream out) {
            this.out = out;
        }

        void file(String name, String text) throws IOException {
            file(name, text.getBytes(StandardCharsets.UTF_8));
        }

        void file(String name, byte[] bytes) throws IOException {
            file(name, bytes, null);
        }

        void file(String name, byte[] bytes, Instant modified) throws IOException {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            if (modified != null) entry.setLastModifiedTime(FileTime.from(modified));
            out.putArchiveEntry(entry);
            out.write(bytes);
            out.closeArchiveEntry();
        }

        void directory(String name) throws IOException {
            out.putArchiveEntry(new ZipArchiveEntry(name));
            out.closeArchiveEntry();
        }

        void symlink(String name, String target) throws IOException {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(entry);
            out.write(target.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
    }

    private Path zip(String name, ZipContent content) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            content.fill(new ZipWriter(out));
        }
        return zip;
    }

    private static byte[] xlsx(String firstCell) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Thôn").createRow(0).createCell(0).setCellValue(firstCell);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String firstCell(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        WorkbookReaders.forFile(file).orElseThrow().read(file, new SheetVisitor() {
            @Override
            public void startSheet(String name, boolean hidden) {}

            @Override
            public void row(SheetRow row) {
                if (texts.isEmpty()) texts.add(row.cells().get(0).text());
            }

            @Override
            public void endSheet() {}
        });
        return texts.get(0);
    }

    /** Rewrites the uncompressed size the central directory declares for an entry, as a forger would. */
    private static void declareSize(Path zip, String entryName, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        var buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50
                    && (buffer.getShort(i + 28) & 0xFFFF) == name.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException("no entry " + entryName);
    }
}
