package vn.ruralstat.consolidate;

import java.util.List;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.dataset.SourceFileSummary;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyRollup;

/**
 * Everything one consolidation run produced, ready to be written out: the poverty tables per
 * commune, their roll-ups to parent units, the criteria matrices per parent unit, the findings
 * and the source files. Built from what is stored, so a report can be rebuilt without the inputs.
 *
 * @param runId   the Spring Batch job execution id of the run
 * @param scope   a title for the whole run, e.g. "huyện Quảng Hòa" or "Toàn bộ dữ liệu nhận được"
 * @param rollups     one per parent unit named by the sources, and a last one for the whole run
 * @param evaluations communes' indicators evaluated against the rulebook of their period, each
 *                    stamped with the rulebook's id and version
 */
public record Consolidation(
        long runId,
        String scope,
        List<CommunePoverty> poverty,
        List<PovertyRollup> rollups,
        List<DistrictCriteria> criteria,
        List<Finding> findings,
        List<SourceFileSummary> sources,
        List<CommuneEvaluation> evaluations) {

    public Consolidation {
        poverty = List.copyOf(poverty);
        rollups = List.copyOf(rollups);
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        evaluations = List.copyOf(evaluations);
    }

    /**
     * The one unit the run reports on ("huyện Quảng Hòa") when its data have a single top unit;
     * empty for a run over several, whose forms leave the issuing body to the office's settings.
     */
    public java.util.Optional<vn.ruralstat.unit.Unit> reportedUnit() {
        return scope.equals(ConsolidationService.WHOLE_RUN)
                ? java.util.Optional.empty()
                : java.util.Optional.of(vn.ruralstat.unit.Unit.parse(scope));
    }

    /** The same run with findings the outputs add (a chart that could not be drawn), after its own. */
    public Consolidation withFindings(List<Finding> more) {
        if (more.isEmpty()) return this;
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new Consolidation(runId, scope, poverty, rollups, criteria, all, sources, evaluations);
    }

    /** A run without indicator tables. */
    public Consolidation(
            long runId,
            String scope,
            List<CommunePoverty> poverty,
            List<PovertyRollup> rollups,
            List<DistrictCriteria> criteria,
            List<Finding> findings,
            List<SourceFileSummary> sources) {
        this(runId, scope, poverty, rollups, criteria, findings, sources, List.of());
    }
}
