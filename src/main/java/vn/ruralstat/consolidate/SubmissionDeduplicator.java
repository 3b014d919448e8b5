package vn.ruralstat.consolidate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.store.RunDataStore;

/**
 * Keeps one table per dataset, unit and period, so that the same figures sent twice (an .xlsx
 * and its .csv copy, or a corrected file beside the first one) are never counted twice. The
 * newest file wins (by modification time, then by path); the others are marked superseded,
 * their rows move to "rejected" in their file's accounting, and a finding names both files and
 * their figures ({@link SubmittedFigures}); when the figures differ, it gives both files' times too.
 */
@Component
class SubmissionDeduplicator {

    private static final Comparator<StoredTable> NEWEST_LAST = Comparator.comparing(
                    (StoredTable t) -> t.fileModified() == null ? Instant.EPOCH : t.fileModified())
            .thenComparing(StoredTable::file)
            .thenComparingLong(StoredTable::id);

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RunDataStore store;
    private final SubmittedFigures figures;

    SubmissionDeduplicator(RunDataStore store, SubmittedFigures figures) {
        this.store = store;
        this.figures = figures;
    }

    List<Finding> deduplicate(long runId) {
        Map<StoredTable.SubmissionKey, List<StoredTable>> bySubmission = store.tables(runId).stream()
                .filter(t -> "USED".equals(t.status()))
                .collect(Collectors.groupingBy(StoredTable::submissionKey, LinkedHashMap::new, Collectors.toList()));
        List<Finding> findings = new ArrayList<>();
        for (List<StoredTable> same : bySubmission.values()) {
            for (List<StoredTable> oneUnit : byParent(same)) supersedeOlder(oneUnit, findings);
        }
        return findings;
    }

    /**
     * Tables of one unit name whose parents differ are namesakes, not one unit sent twice: huyện Châu
     * Thành of tỉnh Đồng Tháp and of tỉnh Sóc Trăng, which have no code in the register. A table whose
     * parent nobody named joins the only parent named, and stays apart when several are (it cannot be
     * told which). Tables with a code are already keyed by it.
     */
    static Collection<List<StoredTable>> byParent(List<StoredTable> same) {
        Map<String, List<StoredTable>> parts = new LinkedHashMap<>();
        List<StoredTable> unplaced = new ArrayList<>();
        for (StoredTable t : same) {
            if (t.unitCode() != null || t.parentName() == null) unplaced.add(t);
            else
                parts.computeIfAbsent(UnitNames.key(t.parentName()), k -> new ArrayList<>())
                        .add(t);
        }
        if (parts.size() == 1) parts.values().iterator().next().addAll(unplaced);
        else if (!unplaced.isEmpty()) parts.put("", unplaced);
        return parts.values();
    }

    /** Keeps the newest file's tables of one unit and period; the older files' tables are superseded. */
    private void supersedeOlder(List<StoredTable> same, List<Finding> findings) {
        // Sheets of one file that cover the same unit and period are one table split in parts.
        Map<String, List<StoredTable>> byFile = same.stream()
                .collect(Collectors.groupingBy(StoredTable::file, LinkedHashMap::new, Collectors.toList()));
        if (byFile.size() < 2) return;
        List<List<StoredTable>> ordered = byFile.values().stream()
                .sorted(Comparator.comparing(files -> files.get(0), NEWEST_LAST))
                .toList();
        List<StoredTable> keptFile = ordered.get(ordered.size() - 1);
        StoredTable kept = keptFile.get(0);
        // read before anything is superseded: both files' figures go into the warning
        Message keptFigures = figures.of(keptFile);
        for (List<StoredTable> olderFile : ordered.subList(0, ordered.size() - 1)) {
            Message olderFigures = figures.of(olderFile);
            for (StoredTable older : olderFile) {
                int rows = store.usedRows(older);
                store.supersede(older, kept, rows);
                findings.add(superseded(older, olderFigures, kept, keptFigures, rows));
            }
        }
    }

    /**
     * The warning on the older file. When the two files' figures differ, one of them is a correction,
     * and the officer must see which was used and why: both files, their figures and their times.
     * A correction saved before the original (copied with its old time) is dropped by this rule, and
     * only the warning can tell.
     */
    private static Finding superseded(
            StoredTable older, Message olderFigures, StoredTable kept, Message keptFigures, int rows) {
        boolean sameContent = older.sha256() != null && older.sha256().equals(kept.sha256());
        if (!sameContent && !olderFigures.equals(keptFigures)) {
            return Finding.of(
                    FindingCode.DUPLICATE_SUBMISSION,
                    "differentFigures",
                    older.source(),
                    older.unitOrFile(),
                    older.period(),
                    older.file(),
                    older.sheet(),
                    kept.file(),
                    kept.sheet(),
                    rows,
                    modified(older),
                    olderFigures,
                    modified(kept),
                    keptFigures);
        }
        return Finding.of(
                FindingCode.DUPLICATE_SUBMISSION,
                sameContent ? "sameContent" : "newer",
                older.source(),
                older.unitOrFile(),
                older.period(),
                older.file(),
                older.sheet(),
                kept.file(),
                kept.sheet(),
                rows,
                keptFigures);
    }

    /** The file's modification time as the officer's computer shows it, to the minute. */
    static Object modified(StoredTable table) {
        if (table.fileModified() == null) return Message.of("DUPLICATE_SUBMISSION.modifiedUnknown");
        return MODIFIED.format(table.fileModified().atZone(ZoneId.systemDefault()));
    }
}
