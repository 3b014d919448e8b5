package vn.ruralstat.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.message.Message;

/**
 * The lines that end a run on the console: files received and what became of them, rows used and
 * rejected, findings by severity and the files written. Counted from the run's {@link Consolidation}
 * — the stored sources and findings the workbook's "Tổng hợp", "Nguồn dữ liệu" and "Phát hiện"
 * sheets are written from — so the console and the workbook cannot disagree (an unreadable file is
 * an error finding in both).
 */
final class RunSummary {

    private RunSummary() {}

    /**
     * @param output  the output folder: files directly in it are named, those of a sub-folder counted
     * @param written every file the run wrote (report, charts, annotated copies)
     */
    static List<Message> lines(Consolidation run, Path output, List<Path> written) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("console.summary.title", run.runId()));
        List<SourceFileSummary> sources = run.sources();
        lines.add(Message.of(
                "console.summary.files",
                sources.size(),
                count(sources, "READ"),
                count(sources, "FAILED"),
                count(sources, "NO_TABLE"),
                count(sources, "SUPERSEDED")));
        lines.add(Message.of(
                "console.summary.rows",
                sources.stream().mapToLong(SourceFileSummary::rowsUsed).sum(),
                sources.stream().mapToLong(SourceFileSummary::rowsRejected).sum(),
                sources.stream().mapToLong(SourceFileSummary::rowsRead).sum(),
                sources.stream().mapToLong(SourceFileSummary::rowsOther).sum()));
        lines.add(Message.of(
                "console.summary.findings",
                count(run.findings(), Severity.ERROR),
                count(run.findings(), Severity.WARNING),
                count(run.findings(), Severity.INFO),
                run.findings().size()));
        lines.addAll(writtenLines(output, written));
        return lines;
    }

    /** One line per file directly in the output folder, one per sub-folder with its count of files. */
    private static List<Message> writtenLines(Path output, List<Path> written) {
        Path root = output.toAbsolutePath().normalize();
        List<Message> lines = new ArrayList<>();
        Map<Path, Integer> bySubFolder = new TreeMap<>();
        for (Path file : written) {
            Path absolute = file.toAbsolutePath().normalize();
            Path relative = absolute.startsWith(root) ? root.relativize(absolute) : null;
            if (relative == null || relative.getNameCount() == 1) {
                lines.add(Message.of("console.summary.wroteFile", file));
            } else {
                bySubFolder.merge(output.resolve(relative.getName(0)), 1, Integer::sum);
            }
        }
        bySubFolder.forEach((folder, files) -> lines.add(Message.of("console.summary.wroteFolder", files, folder)));
        return lines;
    }

    private static long count(List<SourceFileSummary> sources, String status) {
        return sources.stream().filter(s -> status.equals(s.status())).count();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
