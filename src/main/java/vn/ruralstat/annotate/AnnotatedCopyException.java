package vn.ruralstat.annotate;

import java.io.IOException;
import java.util.Locale;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;

/**
 * Why no annotated copy of a file was written, as a catalogue message for the officer (Vietnamese)
 * and the log (English), so that the caller can turn it into a finding. The input file is never at fault for
 * being unchanged: it was only read.
 */
public final class AnnotatedCopyException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    AnnotatedCopyException(Message reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    /** Why, as a catalogue message ({@code ANNOTATED_COPY_FAILED.…}). */
    public Message reason() {
        return reason;
    }

    public String messageVi() {
        return reason.vi();
    }

    public String messageEn() {
        return getMessage();
    }

    static AnnotatedCopyException tooLarge(String file, long size, long limit) {
        return new AnnotatedCopyException(
                Message.of(
                        "ANNOTATED_COPY_FAILED.tooLarge",
                        file,
                        new Localized(size(size, ','), size(size, '.')),
                        new Localized(size(limit, ','), size(limit, '.'))),
                null);
    }

    static AnnotatedCopyException empty(String file) {
        return new AnnotatedCopyException(Message.of("ANNOTATED_COPY_FAILED.empty", file), null);
    }

    static AnnotatedCopyException notSpreadsheet(String file) {
        return new AnnotatedCopyException(Message.of("ANNOTATED_COPY_FAILED.notSpreadsheet", file), null);
    }

    static AnnotatedCopyException unreadable(String file, Throwable cause) {
        return new AnnotatedCopyException(
                Message.of("ANNOTATED_COPY_FAILED.unreadable", file, new Localized("", reason(cause))), cause);
    }

    static AnnotatedCopyException beyondGrid(String file, int rows, int columns) {
        return new AnnotatedCopyException(Message.of("ANNOTATED_COPY_FAILED.beyondGrid", file, rows, columns), null);
    }

    static AnnotatedCopyException unsafeName(String file) {
        return new AnnotatedCopyException(Message.of("ANNOTATED_COPY_FAILED.unsafeName", file), null);
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
