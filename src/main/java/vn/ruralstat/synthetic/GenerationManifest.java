package vn.ruralstat.synthetic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link SyntheticInputGenerator} wrote and what a correct consolidation of it must find, so
 * that tests can assert against the pipeline without recomputing through it.
 *
 * @param parentUnit the parent unit of all communes, without its kind ("Hòa An 3" for huyện Hòa An 3)
 * @param files      every file written, in writing order
 * @param totals     the expected totals over all communes
 * @param communes   one summary per commune, in order
 * @param errors     the deliberately wrong reported rates, empty unless errors were asked for
 */
public record GenerationManifest(
        SyntheticInputGenerator.Options options,
        String parentUnit,
        List<Path> files,
        Totals totals,
        List<CommuneSummary> communes,
        List<InjectedError> errors) {

    public GenerationManifest {
        files = List.copyOf(files);
        communes = List.copyOf(communes);
        errors = List.copyOf(errors);
    }

    /**
     * Expected totals. Counts are exact; the rates are household-weighted (sum of poor / sum of
     * households × 100), unrounded.
     *
     * @param criteriaMet     criteria met over all communes ("Tổng cộng" of column C of the matrix)
     * @param plannedByYear   criteria planned per year over all communes
     */
    public record Totals(
            int communes,
            long villages,
            long households,
            long poor,
            long nearPoor,
            long plannedPoorReduction,
            long plannedNearPoorReduction,
            int criteriaMet,
            Map<Integer, Integer> plannedByYear) {

        public Totals {
            plannedByYear = Map.copyOf(plannedByYear);
        }

        public double poorRate() {
            return households == 0 ? 0 : poor * 100.0 / households;
        }

        public double nearPoorRate() {
            return households == 0 ? 0 : nearPoor * 100.0 / households;
        }
    }

    /**
     * One commune: its poverty totals (the "Cộng" row), its criteria met, and its files.
     *
     * @param name          as written in the criteria matrix ("Phúc Sen 7"); the poverty file says "xã Phúc Sen 7"
     * @param ntmTargetYear registered NTM target year, or null for a commune maintaining the standard
     * @param lastPlannedYear latest year in its criteria row, 0 when nothing is planned
     * @param files         its poverty files (xlsx and/or csv)
     */
    public record CommuneSummary(
            String name,
            int villages,
            long households,
            long poor,
            long nearPoor,
            long plannedPoorReduction,
            long plannedNearPoorReduction,
            int criteriaMet,
            Integer ntmTargetYear,
            int lastPlannedYear,
            List<Path> files) {

        public CommuneSummary {
            files = List.copyOf(files);
        }
    }

    /** The rate column an error was injected into. */
    public enum RateColumn {
        /** Column 3 of the form (Excel column E): poor households / total × 100. */
        POOR_RATE(PovertyTableWriter.COL_POOR_RATE),
        /** Column 5 of the form (Excel column G): near-poor households / total × 100. */
        NEAR_POOR_RATE(PovertyTableWriter.COL_NEAR_POOR_RATE);

        private final int columnIndex;

        RateColumn(int columnIndex) {
            this.columnIndex = columnIndex;
        }

        /** 0-based column index in the sheet / CSV record. */
        public int columnIndex() {
            return columnIndex;
        }
    }

    /**
     * One deliberately wrong reported rate of a village row. The counts of the row and the "Cộng"
     * row are untouched; only this cell is wrong, in every format written.
     *
     * @param row         1-based row number as Excel shows it (also the CSV record number)
     * @param correctRate the rate that should have been written (rounded to 2 decimals)
     * @param writtenRate the wrong rate that was written
     * @param locations   the cell in each file written (xlsx and/or csv)
     */
    public record InjectedError(
            String commune,
            String village,
            int row,
            RateColumn column,
            double correctRate,
            double writtenRate,
            List<CellLocation> locations) {

        public InjectedError {
            locations = List.copyOf(locations);
        }
    }

    /**
     * A cell of a written file.
     *
     * @param sheet the sheet name for a workbook, null for a CSV file
     * @param cell  A1 reference ("E12"); for a CSV file, column letter and 1-based record number
     */
    public record CellLocation(Path file, String sheet, String cell) {}
}
