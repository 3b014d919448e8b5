package vn.ruralstat.report;

import vn.ruralstat.indicators.CommuneEvaluation;

/**
 * Evaluations are summarised per parent unit, rulebook and period, never mixed: the key of one such
 * group. Two years under one rulebook are two groups, or a commune would count once per year.
 *
 * @param parent   the parent unit as the register names it ("Hải Phòng"), "" when it names none
 * @param rulebook the rulebook by its official name, its province's version named when one applies
 * @param period   the period evaluated ("2024"), null when none was named
 */
record EvaluationGroup(String parent, String rulebook, String period) {

    static EvaluationGroup of(CommuneEvaluation e) {
        return new EvaluationGroup(
                e.parent() == null ? "" : e.parent(), e.stamp().officialName(), e.period());
    }
}
