package vn.ruralstat.rulebook;

import java.util.Optional;

/**
 * The rulebook that applies to a data period, or none, with the reason either way.
 *
 * @param period the period as asked ("2025", "2021-2025", "giai đoạn 2026 - 2030")
 */
public record PeriodMatch<T>(String period, Optional<T> found, String reasonVi, String reasonEn) {

    public boolean isFound() {
        return found.isPresent();
    }
}
