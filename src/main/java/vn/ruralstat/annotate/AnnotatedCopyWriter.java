package vn.ruralstat.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.output.OfficeReadable;

/**
 * Writes the annotated copy of one submitted file, to send back to the officer who made it: the
 * submitter's own workbook, unchanged except that every cell with a finding is filled (light red
 * for errors, light yellow for warnings, light blue for information) and carries a comment in
 * Vietnamese explaining the problem with the reported and recomputed figures, plus a first sheet
 * "Kiểm tra" listing all findings of the file with links to their cells.
 *
 * <table>
 *   <caption>What is written for each kind of file (judged by content, as the readers do)</caption>
 *   <tr><th>Source</th><th>Copy</th></tr>
 *   <tr><td>{@code ke-hoach.xlsx}</td><td>{@code ke-hoach.kiem-tra.xlsx}</td></tr>
 *   <tr><td>{@code ke-hoach.xlsm} (macros)</td><td>{@code ke-hoach.kiem-tra.xlsm}: macros kept; as .xlsx Excel would refuse it</td></tr>
 *   <tr><td>{@code old.xls}</td><td>{@code old.kiem-tra.xls}: still Excel 97-2003, since converting the
 *       format would change the workbook (styles, colours, limits) and it would no longer be "their own file"</td></tr>
 *   <tr><td>{@code bieu.csv}</td><td>{@code bieu.kiem-tra.xlsx}: a new workbook, the CSV's values in one
 *       sheet, record n in row n (see {@link CsvCopy})</td></tr>
 * </table>
 *
 * <p>The copy goes into the target folder under the input's relative folder
 * ({@code ngan-son/ke-hoach.xlsx} gives {@code ngan-son/ke-hoach.kiem-tra.xlsx}). It is written to a
 * temporary file beside it and renamed into place when complete, so a failure leaves no half file.
 * The input file is only ever read.
 *
 * <p>Workbooks are loaded whole with POI's user model, which takes many times the file's size in
 * memory; submissions are small, and files above a size limit (20 MB unless told otherwise) are
 * refused with an {@link AnnotatedCopyException} for the caller to report as a finding.
 */
public final class AnnotatedCopyWriter {

    /** 20 MB: officers' files are rarely above 2 MB; larger ones risk the heap when loaded whole. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Inserted before the extension of the copy's name. */
    public static final String SUFFIX = ".kiem-tra";

    // Submitters' workbooks are opened with POI's usermodel: its zip-bomb and allocation limits, set once.
    static {
        vn.ruralstat.sheet.PoiLimits.apply();
    }

    private final long maxBytes;

    public AnnotatedCopyWriter() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest source file, in bytes, this writer loads */
    public AnnotatedCopyWriter(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /**
     * Writes the annotated copy of {@code sourceFile}.
     *
     * @param sourceFile   the submitted file; only read
     * @param relativeName the file as the run names it, relative to the input folder with "/"
     *                     ({@code ngan-son/ke-hoach.xlsx}); only findings whose {@code source().file()}
     *                     equals it are used, and its folders are mirrored under {@code targetFolder}
     * @param findings     findings of the run, of any files
     * @param targetFolder where copies are written (created when missing)
     * @return the file written, replacing one of the same name
     * @throws AnnotatedCopyException when the file is above the size limit, cannot be opened or does
     *                                not fit in a sheet; then nothing is written
     * @throws IOException            when the file cannot be read or the copy cannot be written
     */
    public Path write(Path sourceFile, String relativeName, List<Finding> findings, Path targetFolder)
            throws IOException {
        Path folder = targetFolderOf(relativeName, targetFolder);
        long size = Files.size(sourceFile);
        if (size == 0) throw AnnotatedCopyException.empty(relativeName);
        if (size > maxBytes) throw AnnotatedCopyException.tooLarge(relativeName, size, maxBytes);
        List<Finding> own = findings.stream()
                .filter(f ->
                        f.source() != null && relativeName.equals(f.source().file()))
                .toList();
        FileMagic magic = FileMagic.valueOf(sourceFile.toFile());
        String name = sourceFile.getFileName().toString();
        if (magic == FileMagic.OOXML) {
            try (XSSFWorkbook workbook = open(relativeName, () -> openXlsx(sourceFile))) {
                WorkbookAnnotator.annotate(workbook, relativeName, own);
                return save(workbook, folder.resolve(copyName(name, workbook.isMacroEnabled() ? "xlsm" : "xlsx")));
            }
        }
        if (magic == FileMagic.OLE2) {
            try (HSSFWorkbook workbook = open(relativeName, () -> openXls(sourceFile))) {
                WorkbookAnnotator.annotate(workbook, relativeName, own);
                return save(workbook, folder.resolve(copyName(name, "xls")));
            }
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) throw AnnotatedCopyException.notSpreadsheet(relativeName);
        try (SXSSFWorkbook workbook =
                CsvCopy.build(sourceFile, relativeName, own)) { // closing deletes its temporary files
            return save(workbook, folder.resolve(copyName(name, "xlsx")));
        }
    }

    /**
     * The copy's file name: the source's with its extension replaced by {@value #SUFFIX} and
     * {@code extension} ({@code ke-hoach.xlsx}, "xlsx" gives {@code ke-hoach.kiem-tra.xlsx};
     * {@code bieu.csv}, "xlsx" gives {@code bieu.kiem-tra.xlsx}).
     */
    static String copyName(String sourceName, String extension) {
        int dot = sourceName.lastIndexOf('.');
        String stem = dot > 0 ? sourceName.substring(0, dot) : sourceName;
        return stem + SUFFIX + "." + extension;
    }

    /** The folder of the copy: the input's relative folder inside the target folder, never outside it. */
    private static Path targetFolderOf(String relativeName, Path targetFolder) throws AnnotatedCopyException {
        Path root = targetFolder.toAbsolutePath().normalize();
        Path copy = root.resolve(relativeName.replace('\\', '/')).normalize();
        if (relativeName.isBlank() || copy.getParent() == null || !copy.startsWith(root) || copy.equals(root)) {
            throw AnnotatedCopyException.unsafeName(relativeName);
        }
        return copy.getParent();
    }

    private interface Opener<W extends Workbook> {
        W open() throws IOException;
    }

    /** Opens the workbook, saying in the officer's words why it cannot be. */
    private static <W extends Workbook> W open(String relativeName, Opener<W> opener) throws IOException {
        try {
            return opener.open();
        } catch (IOException | RuntimeException e) {
            // POI reports broken files as runtime exceptions of many kinds, some archives as IOExceptions
            throw AnnotatedCopyException.unreadable(relativeName, e);
        }
    }

    /** From a stream, never the file itself: POI may write back to a file it opened as a package. */
    private static XSSFWorkbook openXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** All streams kept (macros, pictures' originals), so the copy holds what the source held. */
    private static HSSFWorkbook openXls(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new HSSFWorkbook(in);
        }
    }

    private static Path save(Workbook workbook, Path target) throws IOException {
        OfficeReadable.createFolders(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            OfficeReadable.file(temporary); // a temporary file is 0600: colleagues must read the copy
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
