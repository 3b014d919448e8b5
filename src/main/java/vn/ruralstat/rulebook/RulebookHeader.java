package vn.ruralstat.rulebook;

import java.time.LocalDate;
import java.util.List;
import vn.ruralstat.period.Period;

/**
 * What a rulebook is: one row of {@code rulebooks/rulebooks.csv}.
 *
 * @param shortSource   the instrument as outputs cite it ("QĐ 318/QĐ-TTg"); empty when not given
 * @param validFrom     first day of the phase the rulebook is for (data periods are matched on these dates)
 * @param validTo       last day of that phase
 * @param inForceFrom   the day the legal instrument took effect; null when not found
 * @param validityNote  why these dates
 * @param keys          the keys its targets may use besides {@code *}: regions, commune groups or areas
 * @param povertyRateIndicator the indicator that is the commune's multidimensional poverty rate, computed
 *                      from its village poverty table when there is one ("6.1"); empty when none
 * @param amendments  what changed the national targets, in Vietnamese ("bản điều chỉnh của tỉnh …");
 *                      empty for the national rulebook
 * @param indicatorTables whether offices report this set in indicator tables (one value per indicator
 *                      code), so that those codes recognise a table; a set only ever seen as a criteria
 *                      matrix (2021-2025) is not
 */
public record RulebookHeader(
        String id,
        String version,
        Kind kind,
        String title,
        String legalSource,
        String shortSource,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate inForceFrom,
        String validityNote,
        KeyKind keyKind,
        List<String> keys,
        String povertyRateIndicator,
        boolean indicatorTables,
        List<String> amendments) {

    public RulebookHeader {
        keys = List.copyOf(keys);
        amendments = List.copyOf(amendments);
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

    /** True when every day of the period's years lies within the validity dates. */
    boolean covers(Period period) {
        int first = validFrom.getDayOfYear() == 1 ? validFrom.getYear() : validFrom.getYear() + 1;
        int last = validTo.getMonthValue() == 12 && validTo.getDayOfMonth() == 31
                ? validTo.getYear()
                : validTo.getYear() - 1;
        return period.fallsIn(first, last);
    }

    /** True when some day of the period's years lies within the validity dates. */
    boolean overlaps(Period period) {
        return period.overlaps(validFrom.getYear(), validTo.getYear());
    }

    /** "Bộ tiêu chí … 2021-2025 (QĐ 318/QĐ-TTg)": the title citing its instrument, as matrix outputs show it. */
    public String titleWithSource() {
        return shortSource.isEmpty() ? title : title + " (" + shortSource + ")";
    }

    public RulebookStamp stamp() {
        return new RulebookStamp(id, version, title, shortSource, amendments);
    }

    /** "2021-2025" from the validity dates. */
    public String phase() {
        return validFrom.getYear() == validTo.getYear()
                ? String.valueOf(validFrom.getYear())
                : validFrom.getYear() + "-" + validTo.getYear();
    }

    /** This header stamped {@code newVersion}, with {@code amendment} said once among its amendments. */
    RulebookHeader amended(String newVersion, String amendment) {
        List<String> all = new java.util.ArrayList<>(amendments);
        if (!all.contains(amendment)) all.add(amendment);
        return new RulebookHeader(
                id,
                newVersion,
                kind,
                title,
                legalSource,
                shortSource,
                validFrom,
                validTo,
                inForceFrom,
                validityNote,
                keyKind,
                keys,
                povertyRateIndicator,
                indicatorTables,
                all);
    }
}
