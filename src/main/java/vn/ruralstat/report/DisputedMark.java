package vn.ruralstat.report;

import java.util.List;
import vn.ruralstat.message.Message;
import vn.ruralstat.output.TableSheet;
import vn.ruralstat.poverty.CommunePoverty;

/**
 * The mark "(*)" on every label of a poverty sheet whose figures rest on a cell still in dispute
 * (a count likely mistyped but not corrected), and the note under the table saying what it means,
 * so that an officer signs no figure without knowing which cell it waits on.
 */
final class DisputedMark {

    private DisputedMark() {}

    static String label(String label, boolean disputed) {
        return disputed ? label + " " + Message.of("poverty.disputed.mark").vi() : label;
    }

    static boolean any(List<CommunePoverty> communes) {
        return communes.stream().anyMatch(CommunePoverty::disputed);
    }

    /** The note under the table, when one of its figures is marked. */
    static void noteUnder(TableSheet sheet, List<CommunePoverty> communes) {
        if (any(communes)) sheet.note(Message.of("poverty.disputed.note").vi());
    }
}
