package vn.ruralstat.criteria;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import vn.ruralstat.finding.SourceRef;

/**
 * One commune's row of the criteria matrix.
 *
 * @param reportedMet the count of met criteria the submitter typed (column "KQ Đạt số tiêu chí"), or null
 * @param statuses    one status per criterion of the set, criterion n at index n - 1
 * @param source      file and sheet; {@code cell} is the commune name cell
 * @param group       the commune's group (1, 2 or 3) as the matrix's group column gives it; null when
 *                    the matrix has no such column or the cell names no group
 * @param code        the commune's official code, as the register matched its name in the matrix's
 *                    province, district and period; null when not matched (or not yet: as read)
 */
public record CommuneCriteria(
        String commune,
        Integer reportedMet,
        List<CriterionStatus> statuses,
        SourceRef source,
        int row,
        Integer group,
        String code) {

    public CommuneCriteria {
        statuses = List.copyOf(statuses);
    }

    /** The same commune with its official code (null: not matched). */
    public CommuneCriteria withCode(String code) {
        return new CommuneCriteria(commune, reportedMet, statuses, source, row, group, code);
    }

    /** Number of criteria assessed as met: the count of "x" / "Đạt" cells. */
    public int metCount() {
        return (int) statuses.stream().filter(CriterionStatus::isMet).count();
    }

    /** Number of criteria planned per year, in year order. */
    public Map<Integer, Integer> plannedByYear() {
        Map<Integer, Integer> byYear = new TreeMap<>();
        statuses.stream().filter(CriterionStatus::isPlanned).forEach(s -> byYear.merge(s.year(), 1, Integer::sum));
        return byYear;
    }

    /** The latest year in which a criterion is planned to be met; empty when nothing is planned. */
    public OptionalInt lastPlannedYear() {
        return statuses.stream()
                .filter(CriterionStatus::isPlanned)
                .mapToInt(CriterionStatus::year)
                .max();
    }
}
