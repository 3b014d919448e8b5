package vn.ruralstat.report;

import vn.ruralstat.indicators.CommuneEvaluation;

/**
 * Evaluations are summarised per parent unit and rulebook, never mixed: the key of one such group.
 *
 * @param parent   the parent unit as the register names it ("Hải Phòng"), "" when it names none
 * @param rulebook the rulebook with its version, e.g. "NTM-2021-2025 v1"
 */
record EvaluationGroup(String parent, String rulebook) {

    static EvaluationGroup of(CommuneEvaluation e) {
        return new EvaluationGroup(e.parent() == null ? "" : e.parent(), e.rulebookId() + " v" + e.rulebookVersion());
    }
}
