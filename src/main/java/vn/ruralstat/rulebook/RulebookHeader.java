package vn.ruralstat.rulebook;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rulebook is: one row of {@code rulebooks/rulebooks.csv}.
 *
 * @param validFrom     first day of the phase the rulebook is for (data periods are matched on these dates)
 * @param validTo       last day of that phase
 * @param inForceFrom   the day the legal instrument took effect; null when not found
 * @param validityNote  why these dates
 * @param keys          the keys its targets may use besides {@code *}: regions, commune groups or areas
 */
public record RulebookHeader(String id, String version, Kind kind, String title, String legalSource,
        LocalDate validFrom, LocalDate validTo, LocalDate inForceFrom, String validityNote, KeyKind keyKind,
        List<String> keys) {

    public RulebookHeader {
        keys = List.copyOf(keys);
    }

    /** What the rulebook holds. */
    public enum Kind {
        /** Criteria, indicators and targets of the commune NTM set. */
        NTM,
        /** Income thresholds and the deprivation rule of the multidimensional poverty standard. */
        POVERTY
    }

    /** What its targets vary by. */
    public enum KeyKind {
        /** The 7 socio-economic regions of 2021-2025 ({@code tdmnpb}, {@code dbsh}, …). */
        REGION,
        /** Commune groups 1, 2, 3 of 2026-2030 ({@code group-1}, …). */
        COMMUNE_GROUP,
        /** Rural or urban ({@code rural}, {@code urban}). */
        AREA
    }

    /** True for {@code *} and for the keys listed in the header. */
    public boolean acceptsKey(String key) {
        return Target.GENERAL_KEY.equals(key) || keys.contains(key);
    }

    /** True when every day of the years {@code from} … {@code to} lies within the validity dates. */
    boolean coversYears(int from, int to) {
        return !validFrom.isAfter(LocalDate.of(from, 1, 1)) && !validTo.isBefore(LocalDate.of(to, 12, 31));
    }

    /** True when some day of the years {@code from} … {@code to} lies within the validity dates. */
    boolean overlapsYears(int from, int to) {
        return !validFrom.isAfter(LocalDate.of(to, 12, 31)) && !validTo.isBefore(LocalDate.of(from, 1, 1));
    }

    /** "2021-2025" from the validity dates. */
    public String phase() {
        return validFrom.getYear() == validTo.getYear() ? String.valueOf(validFrom.getYear())
                : validFrom.getYear() + "-" + validTo.getYear();
    }

    RulebookHeader withVersion(String newVersion) {
        return new RulebookHeader(id, newVersion, kind, title, legalSource, validFrom, validTo, inForceFrom,
                validityNote, keyKind, keys);
    }
}
