package vn.ruralstat.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.message.Message;

/**
 * The "Ghi chú" of a file on the sources sheet, in Vietnamese. The note stored with a file is English
 * (it goes to the JSON as it is), so the sheet words it again from what the run knows: the finding
 * that made the file unreadable or skipped, the newer file that replaced it, the spreadsheets inside
 * an archive.
 */
final class SourceNotes {

    /** DUPLICATE_SUBMISSION's argument naming the newer file, the one used (see SubmissionDeduplicator). */
    private static final int NEWER_FILE_ARGUMENT = 4;

    private final Map<String, Finding> fileFindings;
    private final Map<String, String> replacedBy;
    private final List<SourceFileSummary> sources;

    SourceNotes(List<SourceFileSummary> sources, List<Finding> findings) {
        this.sources = sources;
        this.fileFindings = findings.stream()
                .filter(f -> f.source() != null
                        && f.source().file() != null
                        && f.source().sheet() == null)
                .filter(f -> f.code() == FindingCode.FILE_UNREADABLE || f.code() == FindingCode.FILE_UNSUPPORTED)
                .collect(Collectors.toMap(f -> f.source().file(), Function.identity(), (a, b) -> a));
        this.replacedBy = findings.stream()
                .filter(f -> f.code() == FindingCode.DUPLICATE_SUBMISSION && f.source() != null)
                .filter(f -> f.arguments().size() > NEWER_FILE_ARGUMENT)
                .collect(Collectors.toMap(
                        f -> f.source().file(),
                        f -> String.valueOf(f.arguments().get(NEWER_FILE_ARGUMENT)),
                        (a, b) -> a));
    }

    /** The note of one file, "" when there is nothing to say. */
    String of(SourceFileSummary source) {
        String status = Objects.requireNonNullElse(source.status(), "");
        return switch (status) {
            case "FAILED", "SKIPPED" -> {
                Finding f = fileFindings.get(source.path());
                yield f == null ? "" : f.messageVi();
            }
            case "SUPERSEDED" -> {
                String newer = replacedBy.get(source.path());
                yield newer == null
                        ? ""
                        : Message.of("source.note.replacedBy", newer).vi();
            }
            case "ARCHIVE" ->
                Message.of("source.note.archive", String.valueOf(inside(source)))
                        .vi();
            default -> "";
        };
    }

    /** Spreadsheets read from inside an archive: their paths start with the archive's and "!/". */
    private long inside(SourceFileSummary archive) {
        String prefix = archive.path() + "!/";
        return sources.stream().filter(s -> s.path().startsWith(prefix)).count();
    }
}
