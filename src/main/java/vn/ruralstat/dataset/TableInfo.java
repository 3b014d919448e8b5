package vn.ruralstat.dataset;

import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.UnitMention;

/**
 * A table found in a sheet: its dataset, columns and header, the unit it covers (the commune of
 * a village table, the parent unit of a commune table), that unit's parent when named, and the
 * period.
 *
 * @param unit       null when neither the title nor the path names it (a finding says so)
 * @param period     null when neither the title nor the path names it
 * @param unitCode   the unit's official code from the national register; null when not matched
 * @param parentCode the parent's official code (a province's); null when not known
 */
public record TableInfo(
        String sheet,
        DatasetId dataset,
        ColumnMap columns,
        HeaderBand header,
        UnitMention unit,
        UnitMention parent,
        String period,
        String unitCode,
        String parentCode) {

    /** The same table placed by the register: its unit's code, its parent (as the register has it) and code. */
    public TableInfo placed(String unitCode, UnitMention parent, String parentCode) {
        return new TableInfo(sheet, dataset, columns, header, unit, parent, period, unitCode, parentCode);
    }
}
