package vn.ruralstat.consolidate;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.criteria.CriteriaRows;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.message.Message;
import vn.ruralstat.poverty.GroupedVillage;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.PovertyRows;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.store.RunDataStore;

/**
 * What a stored table reports, in one short phrase: the figures an officer compares when two files
 * sent the same unit and period, to tell the correction from the original. Poverty: rows and the
 * sums of households, poor and near-poor households over them; a criteria matrix: communes and
 * criteria met (the "x" cells); any other table: its rows.
 */
@Component
class SubmittedFigures {

    private final PovertyRows poverty;
    private final CriteriaRows criteria;
    private final RunDataStore store;

    SubmittedFigures(PovertyRows poverty, CriteriaRows criteria, RunDataStore store) {
        this.poverty = poverty;
        this.criteria = criteria;
        this.store = store;
    }

    /** The figures of one file's tables of a unit and period (a table split over sheets is added up). */
    Message of(List<StoredTable> tables) {
        DatasetId dataset = tables.get(0).dataset();
        if (PovertyTableReader.DATASET.equals(dataset)) {
            int rows = 0;
            PovertyFigures sum = PovertyFigures.ZERO;
            for (StoredTable table : tables) {
                for (GroupedVillage v : poverty.read(table)) {
                    sum = sum.plus(v.village().figures());
                    rows++;
                }
            }
            return Message.of(
                    "DUPLICATE_SUBMISSION.figures.poverty", rows, sum.households(), sum.poor(), sum.nearPoor());
        }
        if (CriteriaMatrixReader.DATASET.equals(dataset)) {
            int communes = 0;
            long met = 0;
            for (StoredTable table : tables) {
                for (CommuneCriteria c : criteria.read(table)) {
                    met += c.metCount();
                    communes++;
                }
            }
            return Message.of("DUPLICATE_SUBMISSION.figures.criteria", communes, met);
        }
        long rows = 0;
        for (StoredTable table : tables) rows += store.usedRows(table);
        return Message.of("DUPLICATE_SUBMISSION.figures.rows", rows);
    }
}
