package vn.ruralstat.dataset;

import java.time.Instant;
import java.util.Map;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.UnitNames;

/**
 * A table as stored: where it came from, what it covers, and its column letters.
 *
 * @param unitCode   the official code of its unit from the national register; null when not matched
 * @param parentCode the official code of its unit's parent (a province); null when not known
 */
public record StoredTable(
        long id,
        long fileId,
        String file,
        String sha256,
        Instant fileModified,
        String sheet,
        DatasetId dataset,
        int headerFirstRow,
        String unitName,
        String unitLevel,
        String parentName,
        String parentLevel,
        String period,
        String criteriaSet,
        String columnsMap,
        String status,
        String unitCode,
        String parentCode) {

    public SourceRef source() {
        return new SourceRef(file, sheet, null);
    }

    /** Column letter per field ("households" → "C"). */
    public Map<String, String> columnLetters() {
        return ColumnMap.parse(columnsMap);
    }

    /** The A1 reference of a field's cell on a row, or null when the table has no such column. */
    public String cell(String field, int row) {
        String letters = columnLetters().get(field);
        return letters == null ? null : letters + row;
    }

    /**
     * Key under which two submissions count as the same: dataset, unit and period. The unit is its
     * official code and name when the register matched it (xã Tân Lập of Phú Thọ and xã Tân Lập of
     * Sơn La are two units), else its level and name; for a table whose unit nobody named, its content (the
     * same file sent twice under two names is still one).
     */
    public SubmissionKey submissionKey() {
        // With the name: a commune that kept its code through the reform (01954: thị trấn Vân Tùng before,
        // xã Ngân Sơn after) is a different unit under its two names.
        if (unitCode != null)
            return new SubmissionKey(dataset, null, UnitNames.key(unitName), null, null, period, unitCode);
        // The level keeps xã Ngân Sơn and huyện Ngân Sơn apart: same name, different units.
        return unitName == null
                ? new SubmissionKey(dataset, null, null, sha256, sheet, period, null)
                : new SubmissionKey(dataset, unitLevel, UnitNames.key(unitName), null, null, period, null);
    }

    /**
     * What makes two stored tables one submission.
     *
     * @param unitLevel   the level as stored, with {@code unitName} the unit's name key; both null for a table
     *                    whose unit nobody named, which is known by {@code sha256} and {@code sheet} instead
     * @param unitCode    the unit's official code; when known, it and the name key tell units apart, not the level
     */
    public record SubmissionKey(
            DatasetId dataset,
            String unitLevel,
            String unitName,
            String sha256,
            String sheet,
            String period,
            String unitCode) {}

    /** The unit's name, or a stand-in naming the file when the sources did not say. */
    public String unitOrFile() {
        return unitName != null ? unitName : "(chưa rõ đơn vị) " + file;
    }
}
