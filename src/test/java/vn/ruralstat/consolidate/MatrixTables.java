package vn.ruralstat.consolidate;

import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.dataset.StoredTable;

/** Stored criteria matrices of 2024 (2021-2025 set) as ingest leaves them, for the tests of this package. */
final class MatrixTables {

    private MatrixTables() {}

    /**
     * A used 2024 matrix of {@code level} {@code unit} read from {@code file}, its title naming {@code parent}
     * (level {@code parentLevel}); no register codes (districts have none).
     */
    static StoredTable matrix(long id, String file, String unit, String level, String parent, String parentLevel) {
        return new StoredTable(
                id,
                id,
                file,
                "sha" + id,
                null,
                "Bieu",
                CriteriaMatrixReader.DATASET,
                5,
                unit,
                level,
                parent,
                parentLevel,
                "2024",
                "NTM-2021-2025",
                "",
                "USED",
                null,
                null);
    }

    /** The matrix of a huyện Châu Thành whose title names {@code province} (null: names none). */
    static StoredTable chauThanh(long id, String file, String province) {
        return matrix(id, file, "Châu Thành", "huyện", province, province == null ? null : "tỉnh");
    }
}
