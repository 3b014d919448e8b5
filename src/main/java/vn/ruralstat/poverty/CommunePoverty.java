package vn.ruralstat.poverty;

import java.util.List;
import vn.ruralstat.finding.SourceRef;

/**
 * The poverty figures of one commune for one period, read either from its villages (its own
 * village table, or the villages under its heading in a district table) or as one row of its
 * parent unit's table (a district table whose rows are communes). Totals are recomputed from the
 * rows it was read from, so they are household-weighted either way.
 *
 * @param commune name of the commune as written in the source, without its kind word ("Vân Tùng")
 * @param parent  the commune's parent unit (district or province) when the source names it, else null
 * @param villages its villages; empty for a commune read as one row
 * @param ownRow  the commune's own row when it was read as one row of its parent unit's table
 *                (its counts, reported rates and planned reductions); null when read from villages
 * @param source  file and sheet the table was read from (for a commune read as a row, its name cell)
 * @param code    the commune's official code from the national register; null when not matched
 * @param parentCode the official code of its parent (its province after 1/7/2025); null when not known
 * @param parentProvince the province of its parent district before 1/7/2025 ("tỉnh Đồng Tháp"), which
 *                 tells namesake districts apart (they have no code); null when not known or not a district
 */
public record CommunePoverty(
        String commune,
        String parent,
        String period,
        List<VillagePoverty> villages,
        VillagePoverty ownRow,
        SourceRef source,
        String code,
        String parentCode,
        String parentProvince) {

    public CommunePoverty {
        villages = List.copyOf(villages);
        if (ownRow != null && !villages.isEmpty()) {
            throw new IllegalArgumentException("a commune read as one row has no villages: " + commune);
        }
    }

    /** A commune read from its villages, before the register matched it. */
    public static CommunePoverty ofVillages(
            String commune, String parent, String period, List<VillagePoverty> villages, SourceRef source) {
        return new CommunePoverty(commune, parent, period, villages, null, source, null, null, null);
    }

    /** A commune read as one row of its parent unit's table: its own figures, no villages. */
    public static CommunePoverty ofRow(String commune, String parent, String period, VillagePoverty row) {
        return new CommunePoverty(commune, parent, period, List.of(), row, row.source(), null, null, null);
    }

    /** The same commune with its register codes. */
    public CommunePoverty withCodes(String code, String parentCode) {
        return new CommunePoverty(commune, parent, period, villages, ownRow, source, code, parentCode, parentProvince);
    }

    /** The same commune, its parent district placed in a province. */
    public CommunePoverty withParentProvince(String province) {
        return new CommunePoverty(commune, parent, period, villages, ownRow, source, code, parentCode, province);
    }

    /** True when the commune was one row of its parent unit's table rather than a table of villages. */
    public boolean readAsRow() {
        return ownRow != null;
    }

    /** The rows the commune's figures come from: its villages, or its own row. */
    public List<VillagePoverty> rows() {
        return ownRow != null ? List.of(ownRow) : villages;
    }

    /** Whether a figure of the commune rests on a cell still in dispute (one of its rows is). */
    public boolean disputed() {
        return rows().stream().anyMatch(VillagePoverty::disputed);
    }

    /** The same commune with its rows replaced one for one (a corrected count, a row marked in dispute). */
    public CommunePoverty withRows(java.util.function.UnaryOperator<VillagePoverty> replace) {
        return ownRow != null
                ? new CommunePoverty(
                        commune,
                        parent,
                        period,
                        villages,
                        replace.apply(ownRow),
                        source,
                        code,
                        parentCode,
                        parentProvince)
                : new CommunePoverty(
                        commune,
                        parent,
                        period,
                        villages.stream().map(replace).toList(),
                        null,
                        source,
                        code,
                        parentCode,
                        parentProvince);
    }

    /** Sum of the rows' counts; rates of the result are household-weighted. */
    public PovertyFigures totals() {
        return rows().stream().map(VillagePoverty::figures).reduce(PovertyFigures.ZERO, PovertyFigures::plus);
    }

    /** Sum of the planned reductions in households, poor and near-poor; null when no row has one. */
    public Long plannedPoorReduction() {
        return sum(rows().stream().map(v -> v.planned().poorHouseholds()).toList());
    }

    public Long plannedNearPoorReduction() {
        return sum(rows().stream().map(v -> v.planned().nearPoorHouseholds()).toList());
    }

    private static Long sum(List<Long> values) {
        return values.stream().allMatch(v -> v == null)
                ? null
                : values.stream().filter(v -> v != null).reduce(0L, Math::addExact);
    }
}
