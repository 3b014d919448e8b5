package vn.ruralstat.dataset;

import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.UnitMention;

/**
 * A table found in a sheet: its dataset, columns and header, the unit it covers (the commune of
 * a village table, the parent unit of a commune table), that unit's parent when named, and the
 * period.
 *
 * @param unit   null when neither the title nor the path names it (a finding says so)
 * @param period null when neither the title nor the path names it
 */
public record TableInfo(
        String sheet,
        DatasetId dataset,
        ColumnMap columns,
        HeaderBand header,
        UnitMention unit,
        UnitMention parent,
        String period) {}
