package vn.ruralstat.rulebook;

import java.util.List;
import java.util.Optional;

/** A versioned national (or province-overridden) commune NTM criteria set: header, criteria, indicators, targets. */
public record Rulebook(RulebookHeader header, List<Criterion> criteria) {

    public Rulebook {
        criteria = List.copyOf(criteria);
    }

    public String id() {
        return header.id();
    }

    /** "1", or "1+hai-phong" when a province's overrides are applied. */
    public String version() {
        return header.version();
    }

    /** Id, version and title: what every figure group computed under this rulebook is stamped with. */
    public RulebookStamp stamp() {
        return header.stamp();
    }

    /** The criteria a matrix form shows as columns, in order; empty for a set no matrix form shows. */
    public List<Criterion> matrixColumns() {
        return criteria.stream().filter(c -> c.column() != null).toList();
    }

    /** Whether offices report this set in indicator tables, whose indicator codes then recognise them. */
    public boolean readFromIndicatorTables() {
        return header.indicatorTables();
    }

    /** All indicators in published order. */
    public List<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The indicator that is the multidimensional poverty rate, computed from village poverty tables; empty when none. */
    public Optional<Indicator> povertyRateIndicator() {
        return header.povertyRateIndicator().isEmpty() ? Optional.empty() : indicator(header.povertyRateIndicator());
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * This rulebook with {@code target} set on indicator {@code code}, stamped with {@code version}
     * and the {@code amendment} (in Vietnamese) that set it.
     */
    Rulebook withTarget(String code, Target target, String version, String amendment) {
        List<Criterion> changed = criteria.stream()
                .map(c -> new Criterion(
                        c.code(),
                        c.nameVi(),
                        c.nameEn(),
                        c.group(),
                        c.nameConfidence(),
                        c.source(),
                        c.note(),
                        c.indicators().stream()
                                .map(i -> i.code().equals(code) ? i.withTarget(target) : i)
                                .toList(),
                        c.column()))
                .toList();
        return new Rulebook(header.amended(version, amendment), changed);
    }
}
