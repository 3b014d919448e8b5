package vn.ruralstat.criteria;

import vn.ruralstat.finding.SourceRef;

/**
 * A commune's registered target years (list of communes aiming at the NTM standard):
 * NTM, advanced NTM (nâng cao) and model NTM (kiểu mẫu). A year is null when the cell holds
 * text instead ("Duy trì xã NTM": already met, to be maintained) or nothing; the text is kept.
 */
public record CommuneTarget(
        String commune,
        Integer ntmYear,
        String ntmText,
        Integer advancedYear,
        Integer modelYear,
        String note,
        SourceRef source,
        int row) {}
