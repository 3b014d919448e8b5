package vn.ruralstat.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * What is wrong with a workbook file, worded for the officer who sent it (Vietnamese, then English),
 * and the first bytes that tell what a file really is whatever its name says.
 */
final class WorkbookFileProblems {

    /** Bytes enough for both signatures fastexcel checks: OLE2 needs 8, a zip ("PK\3\4") 4. */
    static final int HEAD_BYTES = 8;

    enum Container {
        ZIP,
        OLE2,
        OTHER,
        EMPTY
    }

    static {
        PoiLimits.apply(); // before POI reads any file's OLE2 directory here
    }

    private WorkbookFileProblems() {}

    /** The file's first bytes, zero-padded to {@link #HEAD_BYTES}; an IOException means the file cannot be read at all. */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] read = in.readNBytes(HEAD_BYTES);
            return read.length == HEAD_BYTES ? read : Arrays.copyOf(read, HEAD_BYTES);
        }
    }

    static Container container(Path file) throws IOException {
        if (Files.size(file) == 0) return Container.EMPTY;
        byte[] head = head(file);
        if (ReadableWorkbook.isOOXMLZipHeader(head)) return Container.ZIP;
        if (ReadableWorkbook.isOLE2Header(head)) return Container.OLE2;
        return Container.OTHER;
    }

    static UnreadableFileException empty(Path file) {
        return new UnreadableFileException("FILE_UNREADABLE.empty", List.of(name(file)), null);
    }

    static UnreadableFileException corruptXlsx(Path file, Throwable cause) {
        return new UnreadableFileException("FILE_UNREADABLE.corruptXlsx", List.of(name(file)), cause);
    }

    static UnreadableFileException corruptXls(Path file, Throwable cause) {
        return new UnreadableFileException("FILE_UNREADABLE.corruptXls", List.of(name(file)), cause);
    }

    static UnreadableFileException passwordProtected(Path file, Throwable cause) {
        return new UnreadableFileException("FILE_UNREADABLE.passwordProtected", List.of(name(file)), cause);
    }

    static UnreadableFileException xlsNamedXlsx(Path file) {
        return new UnreadableFileException("FILE_UNREADABLE.xlsNamedXlsx", List.of(name(file)), null);
    }

    static UnreadableFileException ole2NamedXlsx(Path file, Throwable cause) {
        return new UnreadableFileException("FILE_UNREADABLE.ole2NamedXlsx", List.of(name(file)), cause);
    }

    static UnreadableFileException xlsxNamedXls(Path file) {
        return new UnreadableFileException("FILE_UNREADABLE.xlsxNamedXls", List.of(name(file)), null);
    }

    static UnreadableFileException notRealXls(Path file) {
        return new UnreadableFileException("FILE_UNREADABLE.notRealXls", List.of(name(file)), null);
    }

    static UnreadableFileException excel95(Path file, Throwable cause) {
        return new UnreadableFileException("FILE_UNREADABLE.excel95", List.of(name(file)), cause);
    }

    static UnreadableFileException xlsTooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.xlsTooLarge",
                List.of(name(file), size(size, ','), size(limit, ',')),
                List.of(name(file), size(size, '.'), size(limit, '.')),
                null);
    }

    static UnreadableFileException xlsxTooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.xlsxTooLarge",
                List.of(name(file), size(size, ','), size(limit, ',')),
                List.of(name(file), size(size, '.'), size(limit, '.')),
                null);
    }

    static UnreadableFileException csvTooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.csvTooLarge",
                List.of(name(file), size(size, ','), size(limit, ',')),
                List.of(name(file), size(size, '.'), size(limit, '.')),
                null);
    }

    /** The sizes in a zip's directory add up to more than the limit: refused before anything is inflated. */
    static UnreadableFileException unzipsTooLarge(Path file, long unzipped, long limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.unzipsTooLarge",
                List.of(name(file), size(unzipped, ','), size(limit, ',')),
                List.of(name(file), size(unzipped, '.'), size(limit, '.')),
                null);
    }

    /** One part of the zip inflates far more than any real spreadsheet XML does. */
    static UnreadableFileException zipBomb(Path file, String part, long ratio, long maxRatio) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.zipBomb",
                List.of(name(file), part, count(ratio, '.'), String.valueOf(maxRatio)),
                List.of(name(file), part, count(ratio, ','), String.valueOf(maxRatio)),
                null);
    }

    static UnreadableFileException tooManyZipEntries(Path file, int limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.tooManyZipEntries",
                List.of(name(file), count(limit, '.')),
                List.of(name(file), count(limit, ',')),
                null);
    }

    /** The zip's directory declared a smaller size than the part really inflates to. */
    static UnreadableFileException partLargerThanDeclared(Path file, String part) {
        return new UnreadableFileException("FILE_UNREADABLE.partLargerThanDeclared", List.of(name(file), part), null);
    }

    /**
     * An XML part declares a DOCTYPE. Excel never writes one; in a forged file it would define
     * entities that read this computer's files or expand to gigabytes, so the file is refused.
     */
    static UnreadableFileException doctypeInXlsx(Path file, String part) {
        return new UnreadableFileException("FILE_UNREADABLE.doctypeInXlsx", List.of(name(file), part), null);
    }

    /** A sheet goes past the row limit; it is not read any further. */
    static UnreadableFileException tooManyRows(Path file, String sheet, long row, long limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.tooManyRows",
                List.of(name(file), sheet, count(row, '.'), count(limit, '.')),
                List.of(name(file), sheet, count(row, ','), count(limit, ',')),
                null);
    }

    static UnreadableFileException beyondLastColumn(Path file, String sheet, int row) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.beyondLastColumn", List.of(name(file), sheet, String.valueOf(row)), null);
    }

    static UnreadableFileException corruptCsv(Path file, long line, Throwable cause) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.corruptCsv", List.of(name(file), String.valueOf(line)), cause);
    }

    /**
     * Why an OLE2 file named .xlsx cannot be read: Excel stores a password-protected .xlsx as an OLE2
     * file holding "EncryptedPackage"; a renamed .xls holds a "Workbook" stream instead.
     */
    static UnreadableFileException ole2InsteadOfXlsx(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) return passwordProtected(file, null);
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book"))
                return xlsNamedXlsx(file);
            return ole2NamedXlsx(file, null);
        } catch (IOException | RuntimeException e) {
            return ole2NamedXlsx(file, e);
        }
    }

    /**
     * True when an OLE2 file holds an Excel 97-2003 (or 5.0/95) workbook stream, as a renamed .xls
     * does, and not an encrypted .xlsx's "EncryptedPackage"; false when it cannot be told.
     */
    static boolean holdsXlsWorkbook(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return !root.hasEntryCaseInsensitive("EncryptedPackage")
                    && (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** "63.2 MB" or "4.0 GB" (or "63,2 MB" with a decimal comma); below 1 MB in whole KB, rounded up. */
    static String size(long bytes, char decimalMark) {
        if (bytes < 1024 * 1024) return ((bytes + 1023) / 1024) + " KB";
        boolean gigabytes = bytes >= 1024L * 1024 * 1024;
        String text = String.format(Locale.ROOT, "%.1f", bytes / (gigabytes ? 1024.0 * 1024 * 1024 : 1024.0 * 1024));
        return text.replace('.', decimalMark) + (gigabytes ? " GB" : " MB");
    }

    /** A whole number with its thousands grouped: "1,048,576", or "1.048.576" the Vietnamese way. */
    static String count(long value, char groupMark) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', groupMark);
    }
}
