package vn.ruralstat.job;

import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.message.Message;

/**
 * The console line of the check step. It names what the checks found and then every finding of the
 * run so far (the files' own, from ingest, too), counted by severity as the end-of-run summary and
 * the workbook's "Phát hiện" sheet count them: an officer who compares the lines never meets two
 * totals for one thing.
 */
final class CheckLine {

    private CheckLine() {}

    /**
     * @param checks what the check step found
     * @param run    every finding stored for the run, the checks' included
     */
    static Message of(List<Finding> checks, List<Finding> run) {
        return Message.of(
                "console.check",
                checks.size(),
                count(checks, Severity.ERROR),
                count(checks, Severity.WARNING),
                count(run, Severity.ERROR),
                count(run, Severity.WARNING),
                count(run, Severity.INFO),
                run.size());
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
