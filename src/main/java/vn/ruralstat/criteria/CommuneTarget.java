package vn.ruralstat.criteria;

import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.UnitNames;

/**
 * A commune's registered target years (list of communes aiming at the NTM standard):
 * NTM, advanced NTM (nâng cao) and model NTM (kiểu mẫu). A year is null when the cell holds
 * text instead ("Duy trì xã NTM": already met, to be maintained) or nothing; the text is kept.
 *
 * @param code the commune's official code when the register matched its name in the list's unit and
 *             period; null when not matched (or not yet: as read)
 */
public record CommuneTarget(
        String commune,
        Integer ntmYear,
        String ntmText,
        Integer advancedYear,
        Integer modelYear,
        String note,
        SourceRef source,
        int row,
        String code) {

    /** The same target with the commune's official code (null: not matched). */
    public CommuneTarget withCode(String code) {
        return new CommuneTarget(commune, ntmYear, ntmText, advancedYear, modelYear, note, source, row, code);
    }

    /**
     * Whether this target is the registered target of that matrix commune: the same code when both
     * are known (namesakes of two places are two communes), else the same name.
     */
    public boolean isOf(CommuneCriteria c) {
        return code != null && c.code() != null
                ? code.equals(c.code())
                : UnitNames.key(commune).equals(UnitNames.key(c.commune()));
    }
}
