package vn.ruralstat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.LegacyEncoding;
import vn.ruralstat.sheet.LegacyTextVisitor;
import vn.ruralstat.sheet.UnreadableFileException;
import vn.ruralstat.sheet.WorkbookReader;
import vn.ruralstat.sheet.WorkbookReaders;
import vn.ruralstat.store.IngestStore;

/**
 * Ingests one input file: hashes it, streams its sheets through the table scanner into the
 * store, and records what became of its rows. A file that cannot be read becomes a finding and
 * leaves no rows behind; it never stops the run.
 */
@Component
public class FileIngester {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);

    private final List<DatasetReader> readers;
    private final IngestStore store;
    private final TableUnitResolver units = new TableUnitResolver();

    public FileIngester(List<DatasetReader> readers, IngestStore store) {
        this.readers = readers;
        this.store = store;
    }

    public RowCounts ingest(long runId, Path root, Path file) throws IOException {
        String relative = InputFiles.relative(root, file);
        long fileId = store.startFile(runId, relative, sha256(file), Files.size(file),
                Files.getLastModifiedTime(file).toInstant());
        IngestStore.FileSink sink = store.sinkFor(runId, fileId);
        Optional<WorkbookReader> reader = WorkbookReaders.isSpreadsheet(file) ? WorkbookReaders.forFile(file) : Optional.empty();
        if (reader.isEmpty()) {
            sink.finding(Finding.of(FindingCode.FILE_UNSUPPORTED, SourceRef.file(relative),
                    "Tệp " + relative + " không phải bảng tính (.xlsx, .xlsm, .xls, .csv); bỏ qua.",
                    "File " + relative + " is not a spreadsheet (.xlsx, .xlsm, .xls, .csv); skipped."));
            sink.flush();
            RowCounts none = new RowCounts();
            store.finishFile(fileId, "SKIPPED", "not a spreadsheet", none);
            return none;
        }
        TableScanner scanner = new TableScanner(readers, units, sink, SourceRef.file(relative));
        try {
            reader.get().read(file, new LegacyTextVisitor(scanner, legacyTextFindings(relative, sink)));
            sink.flush();
            RowCounts counts = scanner.counts();
            store.finishFile(fileId, counts.tables() == 0 ? "NO_TABLE" : "READ", null, counts);
            return counts;
        } catch (UnreadableFileException e) {
            return failed(runId, fileId, relative, e.messageVi(), e.messageEn());
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read {}", relative, e);
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return failed(runId, fileId, relative, "Không đọc được tệp " + relative + " (" + reason + ").",
                    "Cannot read file " + relative + " (" + reason + ").");
        }
    }

    /** Sheets typed in TCVN3 / VNI / VISCII fonts: converted, and said; doubtful ones kept, and said. */
    private static LegacyTextVisitor.Listener legacyTextFindings(String file, TableSink sink) {
        return new LegacyTextVisitor.Listener() {
            @Override
            public void sheetDecoded(String sheet, LegacyEncoding encoding, int cellsConverted) {
                sink.finding(Finding.of(FindingCode.LEGACY_ENCODING_CONVERTED, new SourceRef(file, sheet, null),
                        "Trang tính \"" + sheet + "\" gõ bằng bảng mã cũ " + encoding.label() + "; đã chuyển "
                                + cellsConverted + " ô sang Unicode. Nên lưu lại tệp bằng phông Unicode (Times New Roman).",
                        "Sheet \"" + sheet + "\" was typed in the legacy " + encoding.label() + " encoding; "
                                + cellsConverted + " cells were converted to Unicode. Please save the file in a Unicode font."));
            }

            @Override
            public void sheetUnsure(String sheet, String note, int firstRow) {
                sink.finding(Finding.of(FindingCode.LEGACY_ENCODING_UNSURE,
                        new SourceRef(file, sheet, firstRow > 0 ? "A" + firstRow : null),
                        "Trang tính \"" + sheet + "\" có chữ giống bảng mã cũ (TCVN3/VNI) nhưng không đủ chắc để chuyển;"
                                + " giữ nguyên, hãy kiểm tra tên thôn, xã. (" + note + ")",
                        "Sheet \"" + sheet + "\" has text that looks like a legacy encoding (TCVN3/VNI) but not clearly"
                                + " enough to convert; kept as it is, please check the unit names. (" + note + ")"));
            }
        };
    }

    private RowCounts failed(long runId, long fileId, String relative, String vi, String en) {
        store.discardFileRows(fileId);
        IngestStore.FileSink sink = store.sinkFor(runId, fileId);
        sink.finding(Finding.of(FindingCode.FILE_UNREADABLE, SourceRef.file(relative), vi, en));
        sink.flush();
        RowCounts none = new RowCounts();
        store.finishFile(fileId, "FAILED", en, none);
        return none;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
