package vn.ruralstat.dataset;

import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.message.Message;

/**
 * What became of one data row: used as a record, rejected with a reason, or not a data row after
 * all (a heading inside the table). Each may carry findings.
 */
public sealed interface RowResult {

    List<Finding> findings();

    record Used(Object record, List<Finding> findings) implements RowResult {}

    /**
     * A row not used, and why ({@code ROW_REJECTED.…} in the message catalogue). The scanner reports
     * it as a finding on {@code cell}: the cell at fault, or (when null) the cell of the row's name.
     */
    record Rejected(Message reason, String cell, List<Finding> findings) implements RowResult {

        public Rejected(Message reason, List<Finding> findings) {
            this(reason, null, findings);
        }

        public String reasonVi() {
            return reason.vi();
        }

        public String reasonEn() {
            return reason.en();
        }
    }

    /** A heading between the data rows (a criterion's title above its indicators): holds no figure, loses none. */
    record Heading(List<Finding> findings) implements RowResult {}
}
