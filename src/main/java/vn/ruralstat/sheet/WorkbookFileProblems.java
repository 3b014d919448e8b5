package vn.ruralstat.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What is wrong with a workbook file, worded for the officer who sent it (Vietnamese, then English),
 * and the first bytes that tell what a file really is whatever its name says.
 */
final class WorkbookFileProblems {

    /** Bytes enough for both signatures fastexcel checks: OLE2 needs 8, a zip ("PK\3\4") 4. */
    static final int HEAD_BYTES = 8;

    enum Container { ZIP, OLE2, OTHER, EMPTY }

    static {
        PoiLimits.apply(); // before POI reads any file's OLE2 directory here
    }

    private WorkbookFileProblems() {
    }

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
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": tệp rỗng (0 byte)",
                "Cannot read file " + name(file) + ": the file is empty (0 bytes)", null);
    }

    static UnreadableFileException corruptXlsx(Path file, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": tệp hỏng hoặc không phải Excel (.xlsx)",
                "Cannot read file " + name(file) + ": corrupt or not an Excel .xlsx workbook", cause);
    }

    static UnreadableFileException corruptXls(Path file, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": tệp hỏng hoặc không phải Excel (.xls)",
                "Cannot read file " + name(file) + ": corrupt or not an Excel .xls workbook", cause);
    }

    static UnreadableFileException passwordProtected(Path file, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": tệp có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu"
                        + " (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa trống) rồi gửi lại",
                "Cannot read file " + name(file) + ": it is password-protected. Open it in Excel, remove the password"
                        + " (File › Info › Protect Workbook › Encrypt with Password, clear it) and send it again", cause);
    }

    static UnreadableFileException xlsNamedXlsx(Path file) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": đây là tệp Excel cũ (.xls) bị đổi đuôi thành .xlsx."
                        + " Hãy đổi đuôi về .xls, hoặc mở bằng Excel và lưu thành .xlsx",
                "Cannot read file " + name(file) + ": it is an old Excel .xls workbook renamed to .xlsx."
                        + " Rename it back to .xls, or open it in Excel and save it as .xlsx", null);
    }

    static UnreadableFileException ole2NamedXlsx(Path file, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": tệp có mật khẩu, hoặc là tệp Excel cũ (.xls) bị đổi đuôi."
                        + " Hãy mở bằng Excel, bỏ mật khẩu nếu có, lưu thành .xlsx rồi gửi lại",
                "Cannot read file " + name(file) + ": it is password-protected or an old .xls workbook renamed."
                        + " Open it in Excel, remove any password, save it as .xlsx and send it again", cause);
    }

    static UnreadableFileException xlsxNamedXls(Path file) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": đây là tệp .xlsx bị đổi đuôi thành .xls; hãy đổi đuôi về .xlsx",
                "Cannot read file " + name(file) + ": it is an .xlsx workbook renamed to .xls; rename it back to .xlsx", null);
    }

    static UnreadableFileException notRealXls(Path file) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": không phải tệp Excel .xls thật (có thể là trang web hoặc"
                        + " tệp văn bản/CSV được đặt đuôi .xls). Hãy mở bằng Excel và lưu thành .xlsx",
                "Cannot read file " + name(file) + ": not a real Excel .xls workbook (perhaps a web page or a"
                        + " text/CSV file named .xls). Open it in Excel and save it as .xlsx", null);
    }

    static UnreadableFileException excel95(Path file, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + ": định dạng Excel 5.0/95 quá cũ. Hãy mở bằng Excel và lưu thành .xlsx",
                "Cannot read file " + name(file) + ": the Excel 5.0/95 format is too old. Open it in Excel and save it as .xlsx",
                cause);
    }

    static UnreadableFileException xlsTooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": tệp nặng " + size(size, ',') + ", vượt giới hạn "
                        + size(limit, ',') + " cho tệp Excel cũ (.xls), vì loại tệp này phải nạp toàn bộ vào bộ nhớ."
                        + " Hãy mở bằng Excel, lưu thành .xlsx rồi gửi lại",
                "Not reading file " + name(file) + ": it is " + size(size, '.') + ", above the "
                        + size(limit, '.') + " limit for old Excel .xls files, which must be loaded whole into"
                        + " memory. Open it in Excel, save it as .xlsx and send it again", null);
    }

    static UnreadableFileException xlsxTooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": tệp nặng " + size(size, ',') + ", vượt giới hạn "
                        + size(limit, ',') + " cho tệp Excel (.xlsx). Hãy tách thành nhiều tệp nhỏ hơn rồi gửi lại",
                "Not reading file " + name(file) + ": it is " + size(size, '.') + ", above the "
                        + size(limit, '.') + " limit for Excel .xlsx files. Split it into smaller files and send them again",
                null);
    }

    static UnreadableFileException csvTooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": tệp nặng " + size(size, ',') + ", vượt giới hạn "
                        + size(limit, ',') + " cho tệp CSV. Hãy tách thành nhiều tệp nhỏ hơn rồi gửi lại",
                "Not reading file " + name(file) + ": it is " + size(size, '.') + ", above the "
                        + size(limit, '.') + " limit for CSV files. Split it into smaller files and send them again",
                null);
    }

    /** The sizes in a zip's directory add up to more than the limit: refused before anything is inflated. */
    static UnreadableFileException unzipsTooLarge(Path file, long unzipped, long limit) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": khi giải nén, nội dung tệp lên tới " + size(unzipped, ',')
                        + ", vượt giới hạn " + size(limit, ',') + ". Tệp có thể là tệp độc hại (\"bom zip\");"
                        + " nếu là tệp thật, hãy tách thành nhiều tệp nhỏ hơn",
                "Not reading file " + name(file) + ": its contents unpack to " + size(unzipped, '.')
                        + ", above the " + size(limit, '.') + " limit. It may be a malicious \"zip bomb\";"
                        + " if it is genuine, split it into smaller files", null);
    }

    /** One part of the zip inflates far more than any real spreadsheet XML does. */
    static UnreadableFileException zipBomb(Path file, String part, long ratio, long maxRatio) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": phần " + part + " được nén tới " + count(ratio, '.')
                        + " lần (tối đa " + maxRatio + " lần), dấu hiệu của tệp độc hại (\"bom zip\")."
                        + " Nếu là tệp thật, hãy mở bằng Excel, xóa các dòng, cột trống thừa rồi lưu và gửi lại",
                "Not reading file " + name(file) + ": part " + part + " is compressed " + count(ratio, ',')
                        + " times (at most " + maxRatio + " is accepted), the mark of a malicious \"zip bomb\"."
                        + " If it is genuine, open it in Excel, delete unused empty rows and columns, save it and"
                        + " send it again", null);
    }

    static UnreadableFileException tooManyZipEntries(Path file, int limit) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": tệp nén chứa hơn " + count(limit, '.')
                        + " mục, tệp bảng tính thật không bao giờ như vậy; tệp hỏng hoặc độc hại",
                "Not reading file " + name(file) + ": the zip holds more than " + count(limit, ',')
                        + " entries, which no real spreadsheet does; it is damaged or malicious", null);
    }

    /** The zip's directory declared a smaller size than the part really inflates to. */
    static UnreadableFileException partLargerThanDeclared(Path file, String part) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": phần " + part + " lớn hơn kích thước ghi trong mục lục tệp nén;"
                        + " tệp hỏng hoặc bị làm giả",
                "Not reading file " + name(file) + ": part " + part + " is larger than the zip's directory says;"
                        + " the file is damaged or forged", null);
    }

    /**
     * An XML part declares a DOCTYPE. Excel never writes one; in a forged file it would define
     * entities that read this computer's files or expand to gigabytes, so the file is refused.
     */
    static UnreadableFileException doctypeInXlsx(Path file, String part) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": phần " + part + " có khai báo DOCTYPE mà Excel không bao giờ"
                        + " ghi; tệp có thể bị làm giả để đọc trộm tệp trên máy này",
                "Not reading file " + name(file) + ": part " + part + " declares a DOCTYPE, which Excel never"
                        + " writes; the file may be forged to read files from this computer", null);
    }

    /** A sheet goes past the row limit; it is not read any further. */
    static UnreadableFileException tooManyRows(Path file, String sheet, long row, long limit) {
        return new UnreadableFileException(
                "Dừng đọc tệp " + name(file) + ": trang \"" + sheet + "\" có dòng " + count(row, '.')
                        + ", vượt giới hạn " + count(limit, '.') + " dòng một trang. Hãy tách thành nhiều tệp rồi gửi lại",
                "Stopped reading file " + name(file) + ": sheet \"" + sheet + "\" has row " + count(row, ',')
                        + ", beyond the limit of " + count(limit, ',') + " rows a sheet. Split it into several files"
                        + " and send them again", null);
    }

    static UnreadableFileException beyondLastColumn(Path file, String sheet, int row) {
        return new UnreadableFileException(
                "Không đọc tệp " + name(file) + ": trang \"" + sheet + "\" có ô ở dòng " + row
                        + " nằm ngoài cột XFD, cột cuối cùng của Excel; tệp hỏng hoặc không do Excel tạo",
                "Not reading file " + name(file) + ": sheet \"" + sheet + "\" has a cell in row " + row
                        + " beyond column XFD, Excel's last; the file is damaged or was not made by Excel", null);
    }

    static UnreadableFileException corruptCsv(Path file, long line, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + name(file) + " ở dòng " + line + ": tệp CSV hỏng (dấu ngoặc kép không khớp?)",
                "Cannot read file " + name(file) + " at line " + line + ": malformed CSV (unbalanced quotes?)", cause);
    }

    /**
     * Why an OLE2 file named .xlsx cannot be read: Excel stores a password-protected .xlsx as an OLE2
     * file holding "EncryptedPackage"; a renamed .xls holds a "Workbook" stream instead.
     */
    static UnreadableFileException ole2InsteadOfXlsx(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) return passwordProtected(file, null);
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) return xlsNamedXlsx(file);
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
