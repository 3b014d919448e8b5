package vn.ruralstat.annotate;

import vn.ruralstat.finding.Severity;

/** The words an officer reads for a severity, the same as in the consolidated report. */
final class SeverityLabel {

    private SeverityLabel() {}

    static String of(Severity severity) {
        if (severity == null) return "";
        return switch (severity) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
        };
    }
}
