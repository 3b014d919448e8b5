package vn.ruralstat.poverty;

import java.util.List;

/**
 * Poverty figures of a parent unit (district, province, or the whole run), summed over its
 * communes so that its rates are household-weighted.
 *
 * @param level    "huyện", "tỉnh", … as the sources name it, or "toàn bộ" for the whole run
 * @param communes names of the communes included
 */
public record PovertyRollup(String unit, String level, String period, PovertyFigures figures, List<String> communes) {
}
