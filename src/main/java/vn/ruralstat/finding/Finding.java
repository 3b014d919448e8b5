package vn.ruralstat.finding;

/**
 * One data-quality finding: a stable code, a severity, the message in Vietnamese and English,
 * where it was found, and the reported and expected figures when the finding compares them.
 */
public record Finding(
        FindingCode code,
        Severity severity,
        String messageVi,
        String messageEn,
        SourceRef source,
        String reported,
        String expected) {

    public static Finding of(FindingCode code, SourceRef source, String messageVi, String messageEn) {
        return new Finding(code, code.severity(), messageVi, messageEn, source, null, null);
    }

    public static Finding mismatch(FindingCode code, SourceRef source, String messageVi, String messageEn,
                                   String reported, String expected) {
        return new Finding(code, code.severity(), messageVi, messageEn, source, reported, expected);
    }
}
