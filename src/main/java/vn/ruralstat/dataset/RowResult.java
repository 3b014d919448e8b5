package vn.ruralstat.dataset;

import java.util.List;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.message.Message;

/** What became of one data row: used as a record, or rejected with a reason. Either may carry findings. */
public sealed interface RowResult {

    List<Finding> findings();

    record Used(Object record, List<Finding> findings) implements RowResult {}

    /** A row not used, and why ({@code ROW_REJECTED.…} in the message catalogue). */
    record Rejected(Message reason, List<Finding> findings) implements RowResult {

        public String reasonVi() {
            return reason.vi();
        }

        public String reasonEn() {
            return reason.en();
        }
    }
}
