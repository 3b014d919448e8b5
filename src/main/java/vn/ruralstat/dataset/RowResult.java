package vn.ruralstat.dataset;

import java.util.List;
import vn.ruralstat.finding.Finding;

/** What became of one data row: used as a record, or rejected with a reason. Either may carry findings. */
public sealed interface RowResult {

    List<Finding> findings();

    record Used(Object record, List<Finding> findings) implements RowResult {
    }

    record Rejected(String reasonVi, String reasonEn, List<Finding> findings) implements RowResult {
    }
}
