package vn.ruralstat.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Rounding;
import vn.ruralstat.finding.SourceRef;

/**
 * Checks a criteria matrix of any criteria set (19 criteria of 2021-2025, 10 of 2026-2030): each
 * commune's reported count of met criteria against the count of "x" / "Đạt" cells; the totals row (per criterion and in all) and the average row against the
 * recount; the planned-per-year figures of the note under the table against the cells; and
 * each commune's last planned year against its registered NTM target year.
 */
public final class CriteriaChecks {

    private CriteriaChecks() {}

    /** Finds the cell of a field ("met") on a row. */
    public interface CellLocator {
        String cell(String field, int row);
    }

    public static List<Finding> check(DistrictCriteria district, CellLocator cellOf, List<ReportedValue> reported) {
        List<Finding> out = new ArrayList<>();
        for (CommuneCriteria c : district.communes()) {
            if (c.reportedMet() != null && c.reportedMet() != c.metCount()) {
                String cell = cellOf.cell(CriteriaMatrixReader.MET, c.row());
                out.add(Finding.mismatch(
                        FindingCode.COUNT_MISMATCH,
                        district.source().at(cell),
                        String.valueOf(c.reportedMet()),
                        String.valueOf(c.metCount()),
                        c.commune(),
                        c.reportedMet(),
                        c.metCount()));
            }
        }
        checkTotals(district, reported, out);
        checkNotes(district, reported, out);
        checkTargets(district, out);
        return out;
    }

    private static void checkTotals(DistrictCriteria d, List<ReportedValue> reported, List<Finding> out) {
        int[] perCriterion = d.metPerCriterion();
        for (ReportedValue r : reported) {
            SourceRef at = d.source().at(r.cell());
            if (r.kind() == ReportedValue.RowKind.TOTAL) {
                Integer exact = null;
                String variant;
                String criterion = null;
                if (r.field().equals(CriteriaMatrixReader.MET)) {
                    exact = d.totalMet();
                    variant = "criteriaMet";
                } else if (r.field().matches("c\\d+")
                        && Integer.parseInt(r.field().substring(1)) <= perCriterion.length) {
                    // Any set's criteria; a numbered column beyond the set (a wider form) has no recount.
                    int n = Integer.parseInt(r.field().substring(1));
                    exact = perCriterion[n - 1];
                    variant = "criterionMet";
                    criterion = String.valueOf(n);
                } else {
                    continue;
                }
                if (r.value() != exact) {
                    out.add(Finding.mismatch(
                            FindingCode.TOTAL_MISMATCH,
                            variant,
                            at,
                            Rounding.showReported(r.value()),
                            String.valueOf(exact),
                            r.label(),
                            Rounding.showReported(r.value()),
                            exact,
                            criterion));
                }
            } else if (r.kind() == ReportedValue.RowKind.AVERAGE && r.field().equals(CriteriaMatrixReader.MET)) {
                Double exact = d.averageMetPerCommune();
                if (exact != null && !Rounding.agrees(r.value(), r.decimals(), exact)) {
                    String shown = Rounding.show(exact, r.decimals());
                    out.add(Finding.mismatch(
                            FindingCode.AVERAGE_MISMATCH,
                            at,
                            Rounding.showReported(r.value()),
                            shown,
                            r.label(),
                            Rounding.showReported(r.value()),
                            d.totalMet(),
                            d.communes().size(),
                            shown));
                }
            }
        }
    }

    private static void checkNotes(DistrictCriteria d, List<ReportedValue> reported, List<Finding> out) {
        Map<Integer, Integer> planned = d.plannedByYear();
        for (ReportedValue r : reported) {
            if (r.kind() != ReportedValue.RowKind.NOTE || !r.field().startsWith("planned_")) continue;
            int year = Integer.parseInt(r.field().substring("planned_".length()));
            int exact = planned.getOrDefault(year, 0);
            if (r.value() != exact) {
                out.add(Finding.mismatch(
                        FindingCode.NOTE_MISMATCH,
                        d.source().at(r.cell()),
                        Rounding.showReported(r.value()),
                        String.valueOf(exact),
                        year,
                        Rounding.showReported(r.value()),
                        exact));
            }
        }
    }

    private static void checkTargets(DistrictCriteria d, List<Finding> out) {
        if (d.targets().isEmpty()) return;
        CommuneTargetJoin join = CommuneTargetJoin.of(d);
        for (CommuneCriteria c : d.communes()) {
            CommuneTarget target = join.targetOf(c);
            OptionalInt last = c.lastPlannedYear();
            if (target == null || target.ntmYear() == null || last.isEmpty()) continue;
            if (last.getAsInt() > target.ntmYear()) {
                out.add(Finding.mismatch(
                        FindingCode.PLANNED_AFTER_TARGET,
                        c.source(),
                        String.valueOf(last.getAsInt()),
                        "≤ " + target.ntmYear(),
                        c.commune(),
                        last.getAsInt(),
                        target.ntmYear(),
                        target.source().describe()));
            }
        }
        vn.ruralstat.sheet.NearNames names = null;
        for (CommuneTarget t : d.targets().values()) {
            if (!join.hasCommuneFor(t)) {
                if (names == null)
                    names = vn.ruralstat.sheet.NearNames.of(
                            d.communes().stream().map(CommuneCriteria::commune).toList());
                java.util.Optional<String> near = names.closest(t.commune());
                if (near.isPresent()) {
                    out.add(Finding.of(FindingCode.UNIT_NEAR_MATCH, "targetList", t.source(), t.commune(), near.get()));
                    continue;
                }
                out.add(Finding.of(FindingCode.TARGET_WITHOUT_CRITERIA, t.source(), t.commune()));
            }
        }
    }
}
