package vn.ruralstat.annotate;

import java.util.List;
import vn.ruralstat.finding.Finding;

/**
 * The text of the comment put on a cell with findings: the submitter's own comment first, kept
 * word for word, then each finding in Vietnamese with the reported and recomputed figures.
 *
 * <pre>
 * ruralstat – kiểm tra số liệu:
 * Lỗi (RATE_MISMATCH): KHUỔI DIỄN: tỷ lệ hộ nghèo 12,5% ≠ 41/206×100 = 19,90%.
 * Số báo cáo: 12,5 · Số tính lại: 19,90
 * </pre>
 */
final class CommentText {

    /** Excel keeps at most this many characters in a cell comment. */
    static final int MAX_CHARS = 32_767;

    static final String HEADING = "ruralstat – kiểm tra số liệu:";
    private static final String SEPARATOR = "────────────";

    private CommentText() {}

    /**
     * @param previousAuthor the author of the comment already on the cell, or null
     * @param previousText   its text, or null when the cell had none
     */
    static String of(String previousAuthor, String previousText, List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        if (previousText != null && !previousText.isBlank()) {
            // Excel starts a note with "Author:"; one written by another program may not, and the
            // author would be lost with the old comment, so it is kept in the text.
            if (previousAuthor != null && !previousAuthor.isBlank() && !previousText.startsWith(previousAuthor)) {
                text.append(previousAuthor).append(":\n");
            }
            text.append(previousText.strip()).append('\n').append(SEPARATOR).append('\n');
        }
        text.append(HEADING);
        boolean several = findings.size() > 1;
        for (Finding finding : findings) {
            text.append('\n').append(several ? "• " : "").append(entry(finding));
        }
        return text.length() <= MAX_CHARS ? text.toString() : text.substring(0, MAX_CHARS - 1) + "…";
    }

    /** "Lỗi (Tỷ lệ không khớp): message" and, when the finding compares figures, a second line with them. */
    static String entry(Finding finding) {
        StringBuilder entry = new StringBuilder(SeverityLabel.of(finding.severity()));
        if (finding.code() != null)
            entry.append(" (").append(finding.code().officialName()).append(')');
        String message = message(finding);
        if (!message.isEmpty()) entry.append(": ").append(message);
        String figures = figures(finding);
        if (!figures.isEmpty()) entry.append('\n').append(figures);
        return entry.toString();
    }

    /** "Số báo cáo: 12,5 · Số tính lại: 19,90", either part alone, or "" when the finding compares nothing. */
    static String figures(Finding finding) {
        boolean reported = present(finding.reported());
        boolean expected = present(finding.expected());
        if (!reported && !expected) return "";
        if (!expected) return "Số báo cáo: " + finding.reported();
        if (!reported) return "Số tính lại: " + finding.expected();
        return "Số báo cáo: " + finding.reported() + " · Số tính lại: " + finding.expected();
    }

    private static String message(Finding finding) {
        // Officers read Vietnamese only: a finding without its Vietnamese text shows none rather than English.
        return present(finding.messageVi()) ? finding.messageVi() : "";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Lines a text takes in a box about {@code charsPerLine} characters wide, long paragraphs wrapped. */
    static int lines(String text, int charsPerLine) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + charsPerLine - 1) / charsPerLine);
        }
        return lines;
    }
}
