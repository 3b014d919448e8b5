package vn.ruralstat.annotate;

import java.io.IOException;
import java.util.Locale;

/**
 * Why no annotated copy of a file was written, worded for the officer (Vietnamese) and the log
 * (English), so that the caller can turn it into a finding. The input file is never at fault for
 * being unchanged: it was only read.
 */
public final class AnnotatedCopyException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String messageVi;

    AnnotatedCopyException(String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }

    static AnnotatedCopyException tooLarge(String file, long size, long limit) {
        return new AnnotatedCopyException(
                "Không tạo bản kiểm tra cho tệp " + file + ": tệp nặng " + size(size, ',') + ", vượt giới hạn "
                        + size(limit, ',') + " (bản kiểm tra phải nạp toàn bộ tệp vào bộ nhớ)",
                "Not writing an annotated copy of " + file + ": the file is " + size(size, '.') + ", above the "
                        + size(limit, '.') + " limit (an annotated copy loads the whole file into memory)", null);
    }

    static AnnotatedCopyException empty(String file) {
        return new AnnotatedCopyException(
                "Không tạo được bản kiểm tra cho tệp " + file + ": tệp rỗng (0 byte)",
                "Cannot write an annotated copy of " + file + ": the file is empty (0 bytes)", null);
    }

    static AnnotatedCopyException notSpreadsheet(String file) {
        return new AnnotatedCopyException(
                "Không tạo được bản kiểm tra cho tệp " + file + ": nội dung tệp không phải bảng tính Excel hay CSV",
                "Cannot write an annotated copy of " + file + ": its content is not an Excel workbook or a CSV file",
                null);
    }

    static AnnotatedCopyException unreadable(String file, Throwable cause) {
        return new AnnotatedCopyException(
                "Không tạo được bản kiểm tra cho tệp " + file + ": không mở được tệp (tệp hỏng, có mật khẩu"
                        + " hoặc không phải bảng tính)",
                "Cannot write an annotated copy of " + file + ": the file cannot be opened (corrupt,"
                        + " password-protected or not a spreadsheet)" + reason(cause), cause);
    }

    static AnnotatedCopyException beyondGrid(String file, int rows, int columns) {
        return new AnnotatedCopyException(
                "Không tạo được bản kiểm tra cho tệp " + file + ": tệp CSV vượt quá " + rows + " dòng hoặc "
                        + columns + " cột của một trang tính Excel",
                "Cannot write an annotated copy of " + file + ": the CSV file has more than " + rows
                        + " rows or " + columns + " columns, the most an Excel sheet holds", null);
    }

    static AnnotatedCopyException unsafeName(String file) {
        return new AnnotatedCopyException(
                "Không tạo bản kiểm tra cho tệp " + file + ": đường dẫn tương đối không hợp lệ",
                "Not writing an annotated copy of " + file + ": not a safe relative path", null);
    }

    private static String reason(Throwable cause) {
        if (cause == null) return "";
        String message = cause.getMessage();
        return " (" + cause.getClass().getSimpleName() + (message == null ? "" : ": " + message) + ")";
    }

    /** "25.3 MB" (or "25,3 MB" with a decimal comma); below 1 MB in whole KB, rounded up. */
    private static String size(long bytes, char decimalMark) {
        if (bytes < 1024 * 1024) return ((bytes + 1023) / 1024) + " KB";
        String text = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return text.replace('.', decimalMark) + " MB";
    }
}
