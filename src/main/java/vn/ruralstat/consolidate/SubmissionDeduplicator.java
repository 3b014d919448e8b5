package vn.ruralstat.consolidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.store.RunDataStore;
import vn.ruralstat.dataset.StoredTable;

/**
 * Keeps one table per dataset, unit and period, so that the same figures sent twice (an .xlsx
 * and its .csv copy, or a corrected file beside the first one) are never counted twice. The
 * newest file wins (by modification time, then by path); the others are marked superseded,
 * their rows move to "rejected" in their file's accounting, and a finding names both files.
 */
@Component
class SubmissionDeduplicator {

    private static final Comparator<StoredTable> NEWEST_LAST = Comparator
            .comparing((StoredTable t) -> t.fileModified() == null ? Instant.EPOCH : t.fileModified())
            .thenComparing(StoredTable::file).thenComparingLong(StoredTable::id);

    private final RunDataStore store;

    SubmissionDeduplicator(RunDataStore store) {
        this.store = store;
    }

    List<Finding> deduplicate(long runId) {
        Map<StoredTable.SubmissionKey, List<StoredTable>> bySubmission = store.tables(runId).stream()
                .filter(t -> "USED".equals(t.status()))
                .collect(Collectors.groupingBy(StoredTable::submissionKey, LinkedHashMap::new, Collectors.toList()));
        List<Finding> findings = new ArrayList<>();
        for (List<StoredTable> same : bySubmission.values()) {
            // Sheets of one file that cover the same unit and period are one table split in parts.
            Map<String, List<StoredTable>> byFile = same.stream()
                    .collect(Collectors.groupingBy(StoredTable::file, LinkedHashMap::new, Collectors.toList()));
            if (byFile.size() < 2) continue;
            List<List<StoredTable>> ordered = byFile.values().stream()
                    .sorted(Comparator.comparing(files -> files.get(0), NEWEST_LAST)).toList();
            StoredTable kept = ordered.get(ordered.size() - 1).get(0);
            for (List<StoredTable> olderFile : ordered.subList(0, ordered.size() - 1)) {
                for (StoredTable older : olderFile) {
                    int rows = store.usedRows(older);
                    store.supersede(older, kept, rows);
                    findings.add(superseded(older, kept, rows));
                }
            }
        }
        return findings;
    }

    private static Finding superseded(StoredTable older, StoredTable kept, int rows) {
        String same = older.sha256() != null && older.sha256().equals(kept.sha256()) ? " (cùng nội dung / same content)" : "";
        return Finding.of(FindingCode.DUPLICATE_SUBMISSION, older.source(),
                "Bảng của " + older.unitOrFile() + " kỳ " + older.period() + " trong " + older.file() + " › "
                        + older.sheet() + " trùng với bảng trong " + kept.file() + " › " + kept.sheet() + same
                        + "; dùng tệp mới hơn (" + kept.file() + "), " + rows + " dòng của tệp cũ không được cộng.",
                "The table of " + older.unitOrFile() + " for " + older.period() + " in " + older.file() + " › "
                        + older.sheet() + " covers the same unit and period as " + kept.file() + " › " + kept.sheet()
                        + same + "; the newer file (" + kept.file() + ") is used, " + rows
                        + " rows of the older one are not counted.");
    }
}
