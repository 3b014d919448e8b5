package vn.ruralstat.ingest.archive;

import java.util.Locale;
import vn.ruralstat.sheet.UnreadableFileException;

/**
 * Why a .zip, or one of its entries, is not extracted, worded for the officer who sent it
 * (Vietnamese, then English). Entry reasons name the entry by its display name.
 */
final class ArchiveProblems {

    private ArchiveProblems() {
    }

    // --- the whole archive ---

    static UnreadableFileException empty(String archive) {
        return new UnreadableFileException(
                "Không đọc được tệp " + archive + ": tệp rỗng (0 byte)",
                "Cannot read file " + archive + ": the file is empty (0 bytes)", null);
    }

    static UnreadableFileException notAZip(String archive, Throwable cause) {
        return new UnreadableFileException(
                "Không đọc được tệp " + archive + ": tệp nén hỏng hoặc không phải .zip (có thể là .rar hay .7z)."
                        + " Hãy nén lại thành .zip, hoặc gửi các tệp không nén",
                "Cannot read file " + archive + ": the archive is damaged or not a .zip (perhaps .rar or .7z)."
                        + " Zip the files again as .zip, or send them unzipped", cause);
    }

    static UnreadableFileException tooManyEntries(String archive, int limit) {
        return new UnreadableFileException(
                "Không mở tệp " + archive + ": tệp nén chứa hơn " + count(limit, '.') + " mục."
                        + " Hãy chia thành nhiều tệp nén nhỏ hơn",
                "Not opening file " + archive + ": the zip holds more than " + count(limit, ',') + " entries."
                        + " Split it into several smaller zips", null);
    }

    static UnreadableFileException tooLarge(String archive, long unzipped, long limit) {
        return new UnreadableFileException(
                "Không mở tệp " + archive + ": các bảng tính bên trong giải nén ra " + size(unzipped, ',')
                        + ", vượt giới hạn " + size(limit, ',') + ". Tệp có thể là tệp độc hại (\"bom zip\");"
                        + " nếu là tệp thật, hãy chia thành nhiều tệp nén nhỏ hơn",
                "Not opening file " + archive + ": its spreadsheets unpack to " + size(unzipped, '.')
                        + ", above the " + size(limit, '.') + " limit. It may be a malicious \"zip bomb\";"
                        + " if it is genuine, split it into several smaller zips", null);
    }

    // --- one entry ---

    static RefusedEntry escapesFolder(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": đường dẫn trỏ ra ngoài thư mục (có \"..\" hoặc là đường dẫn tuyệt đối)",
                "Not extracting entry " + entry + ": its path leads outside the folder (\"..\" or an absolute path)");
    }

    static RefusedEntry invalidName(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": tên mục không dùng được làm tên tệp",
                "Not extracting entry " + entry + ": its name cannot be used as a file name");
    }

    static RefusedEntry symbolicLink(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": đây là liên kết tượng trưng (symlink), không phải tệp",
                "Not extracting entry " + entry + ": it is a symbolic link, not a file");
    }

    static RefusedEntry nestedZip(String entry) {
        return new RefusedEntry(entry,
                "Không mở mục " + entry + ": tệp nén nằm trong tệp nén, chỉ mở một lớp."
                        + " Hãy giải nén nó và gửi các tệp bên trong",
                "Not opening entry " + entry + ": a zip inside a zip; only one level is opened."
                        + " Unzip it and send the files inside");
    }

    static RefusedEntry encrypted(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": mục có mật khẩu. Hãy nén lại không đặt mật khẩu",
                "Not extracting entry " + entry + ": it is password-protected. Zip it again without a password");
    }

    static RefusedEntry unsupportedMethod(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": phương pháp nén không được hỗ trợ. Hãy nén lại thành .zip thông thường",
                "Not extracting entry " + entry + ": its compression method is not supported. Zip it again as a plain .zip");
    }

    static RefusedEntry entryTooLarge(String entry, long size, long limit) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": giải nén ra " + size(size, ',') + ", vượt giới hạn "
                        + size(limit, ',') + " một tệp",
                "Not extracting entry " + entry + ": it unpacks to " + size(size, '.') + ", above the "
                        + size(limit, '.') + " limit a file");
    }

    static RefusedEntry zipBomb(String entry, long ratio, long maxRatio) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": được nén tới " + count(ratio, '.') + " lần (tối đa " + maxRatio
                        + " lần), dấu hiệu của tệp độc hại (\"bom zip\")",
                "Not extracting entry " + entry + ": it is compressed " + count(ratio, ',') + " times (at most "
                        + maxRatio + " is accepted), the mark of a malicious \"zip bomb\"");
    }

    static RefusedEntry largerThanDeclared(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": mục lớn hơn kích thước ghi trong mục lục tệp nén;"
                        + " tệp nén hỏng hoặc bị làm giả",
                "Not extracting entry " + entry + ": it is larger than the zip's directory says;"
                        + " the archive is damaged or forged");
    }

    static RefusedEntry damaged(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén được mục " + entry + ": dữ liệu nén bị hỏng",
                "Cannot extract entry " + entry + ": its compressed data is damaged");
    }

    static RefusedEntry duplicate(String entry) {
        return new RefusedEntry(entry,
                "Không giải nén mục " + entry + ": trùng tên với một mục trước đó, chỉ lấy mục đầu tiên",
                "Not extracting entry " + entry + ": an earlier entry has the same name; only the first is used");
    }

    /** "63.2 MB" or "4.0 GB" (or "63,2 MB" with a decimal comma); below 1 MB in whole KB, rounded up. */
    private static String size(long bytes, char decimalMark) {
        if (bytes < 1024 * 1024) return ((bytes + 1023) / 1024) + " KB";
        boolean gigabytes = bytes >= 1024L * 1024 * 1024;
        String text = String.format(Locale.ROOT, "%.1f", bytes / (gigabytes ? 1024.0 * 1024 * 1024 : 1024.0 * 1024));
        return text.replace('.', decimalMark) + (gigabytes ? " GB" : " MB");
    }

    /** "10,000", or "10.000" the Vietnamese way. */
    private static String count(long value, char groupMark) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', groupMark);
    }
}
