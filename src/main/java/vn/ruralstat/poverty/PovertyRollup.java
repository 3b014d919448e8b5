package vn.ruralstat.poverty;

import java.util.List;
import vn.ruralstat.rulebook.RulebookStamp;

/**
 * Poverty figures of a parent unit (district, province, or the whole run), summed over its
 * communes so that its rates are household-weighted.
 *
 * @param level    "huyện", "tỉnh", … as the sources name it, or "toàn bộ" for the whole run
 * @param communes names of the communes included
 * @param standard the poverty standard of the period the households were classified under; null
 *                 when none covers the period or it is not known yet
 * @param province the province of a district before 1/7/2025 ("tỉnh Đồng Tháp"), when known: namesake
 *                 districts of two provinces are two roll-ups; null otherwise
 * @param disputed whether one of its communes' figures rests on a cell still in dispute
 */
public record PovertyRollup(
        String unit,
        String level,
        String period,
        PovertyFigures figures,
        List<String> communes,
        RulebookStamp standard,
        String province,
        boolean disputed) {

    /** A roll-up of figures none of which is in dispute. */
    public PovertyRollup(
            String unit,
            String level,
            String period,
            PovertyFigures figures,
            List<String> communes,
            RulebookStamp standard,
            String province) {
        this(unit, level, period, figures, communes, standard, province, false);
    }

    public PovertyRollup withStandard(RulebookStamp standard) {
        return new PovertyRollup(unit, level, period, figures, communes, standard, province, disputed);
    }

    /** The same roll-up, marked as resting on a cell in dispute. */
    public PovertyRollup inDispute() {
        return new PovertyRollup(unit, level, period, figures, communes, standard, province, true);
    }
}
