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
import org.springframework.util.FileSystemUtils;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.dataset.SourceLedger;
import vn.ruralstat.dataset.TableSink;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.ingest.archive.ExpandedFile;
import vn.ruralstat.ingest.archive.Expansion;
import vn.ruralstat.ingest.archive.RefusedEntry;
import vn.ruralstat.ingest.archive.ZipInputExpander;
import vn.ruralstat.message.Message;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.sheet.CsvWorkbookReader;
import vn.ruralstat.sheet.LegacyEncoding;
import vn.ruralstat.sheet.LegacyTextVisitor;
import vn.ruralstat.sheet.UnreadableFileException;
import vn.ruralstat.sheet.WorkbookReader;
import vn.ruralstat.sheet.WorkbookReaders;

/**
 * Ingests one input file: hashes it, streams its sheets through the table scanner into the
 * source ledger, and records what became of its rows. A file that cannot be read becomes a finding and
 * leaves no rows behind; it never stops the run.
 */
@Component
public class FileIngester {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);
    private static final OwnOutputs OWN_OUTPUTS = OwnOutputs.byNameOnly();

    private final List<DatasetReader> readers;
    private final SourceLedger ledger;
    private final TableUnitResolver units = new TableUnitResolver();
    private final RegisterPlacement placement;
    private final ZipInputExpander archives = new ZipInputExpander();

    public FileIngester(List<DatasetReader> readers, SourceLedger ledger, NationalRegister register) {
        this.readers = readers;
        this.ledger = ledger;
        this.placement = new RegisterPlacement(register);
    }

    public RowCounts ingest(long runId, Path root, Path file) throws IOException {
        return ingest(runId, root, file, false);
    }

    /**
     * Ingests a file; with {@code incremental}, a file that an earlier completed run read with the
     * same path and content is carried forward from it instead of being read again.
     */
    public RowCounts ingest(long runId, Path root, Path file, boolean incremental) throws IOException {
        String relative = InputFiles.relative(root, file);
        if (ZipInputExpander.isZip(file)) return ingestArchive(runId, file, relative);
        if (incremental) {
            Optional<SourceLedger.PreviousFile> previous = ledger.previous(relative, sha256(file));
            if (previous.isPresent()) {
                return ledger.carryForward(
                        previous.get(), runId, Files.getLastModifiedTime(file).toInstant());
            }
        }
        return ingestFile(runId, file, relative);
    }

    /**
     * A .zip an officer sent: its spreadsheets are extracted safely into a temporary folder and each
     * ingested under its name inside the archive ("ho-so.zip!/xa-a/bieu.xlsx"); refused entries
     * (paths escaping the folder, bombs, nested archives) are findings.
     */
    private RowCounts ingestArchive(long runId, Path zip, String relative) throws IOException {
        long fileId = ledger.startFile(
                runId,
                relative,
                sha256(zip),
                Files.size(zip),
                Files.getLastModifiedTime(zip).toInstant());
        Path folder = Files.createTempDirectory("ruralstat-zip-");
        try {
            Expansion expansion;
            try {
                expansion = archives.expand(zip, relative, folder);
            } catch (UnreadableFileException e) {
                return failed(runId, fileId, relative, reason(e));
            }
            SourceLedger.FileSink sink = ledger.sinkFor(runId, fileId);
            for (RefusedEntry r : expansion.refused()) {
                sink.finding(Finding.of(FindingCode.FILE_UNREADABLE, SourceRef.file(r.displayName()), r.reason()));
            }
            expansion.ignored().forEach(other -> sink.finding(notSpreadsheet(other)));
            sink.flush();
            RowCounts total = RowCounts.NONE;
            for (ExpandedFile f : expansion.files()) {
                if (OWN_OUTPUTS.hasOutputName(f.displayName())) {
                    // a report or annotated copy zipped back to us: reading it would double a unit
                    sink.finding(Finding.of(
                            FindingCode.FILE_UNSUPPORTED,
                            "ownOutput",
                            SourceRef.file(f.displayName()),
                            f.displayName()));
                    sink.flush();
                    continue;
                }
                total = total.plus(ingestFile(runId, f.extracted(), f.displayName()));
            }
            ledger.finishFile(fileId, "ARCHIVE", expansion.files().size() + " spreadsheet(s) inside", RowCounts.NONE);
            return total;
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private RowCounts ingestFile(long runId, Path file, String relative) throws IOException {
        long fileId = ledger.startFile(
                runId,
                relative,
                sha256(file),
                Files.size(file),
                Files.getLastModifiedTime(file).toInstant());
        SourceLedger.FileSink sink = ledger.sinkFor(runId, fileId);
        Optional<WorkbookReader> reader = WorkbookReaders.isSpreadsheet(file)
                ? WorkbookReaders.forFile(file, csvEncodingFindings(relative, sink))
                : Optional.empty();
        if (reader.isEmpty()) {
            sink.finding(notSpreadsheet(relative));
            sink.flush();
            ledger.finishFile(fileId, "SKIPPED", "not a spreadsheet", RowCounts.NONE);
            return RowCounts.NONE;
        }
        if (Files.size(file) == 0) {
            return failed(runId, fileId, relative, Message.of("FILE_UNREADABLE.emptyFile", relative));
        }
        TableScanner scanner = new TableScanner(readers, units, placement, sink, SourceRef.file(relative));
        try {
            reader.get().read(file, new LegacyTextVisitor(scanner, legacyTextFindings(relative, sink)));
            sink.flush();
            RowCounts counts = scanner.counts();
            ledger.finishFile(fileId, counts.tables() == 0 ? "NO_TABLE" : "READ", null, counts);
            return counts;
        } catch (UnreadableFileException e) {
            return failed(runId, fileId, relative, reason(e));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read {}", relative, e);
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return failed(runId, fileId, relative, Message.of("FILE_UNREADABLE.unexpected", relative, reason));
        }
    }

    private static Finding notSpreadsheet(String relative) {
        if (relative.toLowerCase(java.util.Locale.ROOT).endsWith(".ods")) {
            return Finding.of(FindingCode.FILE_UNSUPPORTED, "ods", SourceRef.file(relative), relative);
        }
        return Finding.of(FindingCode.FILE_UNSUPPORTED, "notSpreadsheet", SourceRef.file(relative), relative);
    }

    /** A CSV file saved in legacy TCVN3 / VNI / VISCII bytes: converted, and said. */
    private static CsvWorkbookReader.EncodingListener csvEncodingFindings(String file, TableSink sink) {
        return (encoding, unsure) -> {
            if (unsure) {
                sink.finding(Finding.of(FindingCode.LEGACY_ENCODING_UNSURE, "csv", SourceRef.file(file), file));
            } else if (java.util.Set.of("TCVN3", "VNI", "VISCII").contains(encoding)) {
                sink.finding(
                        Finding.of(FindingCode.LEGACY_ENCODING_CONVERTED, "csv", SourceRef.file(file), file, encoding));
            }
        };
    }

    /** Sheets typed in TCVN3 / VNI / VISCII fonts: converted, and said; doubtful ones kept, and said. */
    private static LegacyTextVisitor.Listener legacyTextFindings(String file, TableSink sink) {
        return new LegacyTextVisitor.Listener() {
            @Override
            public void sheetDecoded(String sheet, LegacyEncoding encoding, int cellsConverted) {
                sink.finding(Finding.of(
                        FindingCode.LEGACY_ENCODING_CONVERTED,
                        "sheet",
                        new SourceRef(file, sheet, null),
                        sheet,
                        encoding.label(),
                        cellsConverted));
            }

            @Override
            public void sheetUnsure(String sheet, String note, int firstRow) {
                sink.finding(Finding.of(
                        FindingCode.LEGACY_ENCODING_UNSURE,
                        "sheet",
                        new SourceRef(file, sheet, firstRow > 0 ? "A" + firstRow : null),
                        sheet,
                        note));
            }
        };
    }

    /** The officer's message of an unreadable file, from the catalogue key and arguments the reader gave. */
    private static Message reason(UnreadableFileException e) {
        return Message.localized(e.messageKey(), e.argumentsVi(), e.argumentsEn());
    }

    private RowCounts failed(long runId, long fileId, String relative, Message reason) {
        ledger.discardFile(fileId);
        SourceLedger.FileSink sink = ledger.sinkFor(runId, fileId);
        Finding finding = Finding.of(FindingCode.FILE_UNREADABLE, SourceRef.file(relative), reason);
        sink.finding(finding);
        sink.flush();
        ledger.finishFile(fileId, "FAILED", finding.messageEn(), RowCounts.NONE);
        return RowCounts.NONE;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
