package vn.ruralstat.rulebook;

import java.util.Optional;
import vn.ruralstat.message.Message;

/**
 * The rulebook that applies to a data period, or none, with the reason either way.
 *
 * @param period the period as asked ("2025", "2021-2025", "giai đoạn 2026 - 2030")
 */
public record PeriodMatch<T>(String period, Optional<T> found, Message reason) {

    public String reasonVi() {
        return reason.vi();
    }

    public String reasonEn() {
        return reason.en();
    }

    public boolean isFound() {
        return found.isPresent();
    }
}
