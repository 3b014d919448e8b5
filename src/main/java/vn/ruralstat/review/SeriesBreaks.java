package vn.ruralstat.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.ruralstat.boundary.BoundaryChange;
import vn.ruralstat.review.Review.SeriesBreak;
import vn.ruralstat.review.Review.YearFigures;

/**
 * Where a review's series is not like for like: the criteria set or the poverty standard of two
 * consecutive years with data differ, or boundaries changed between two years with criteria
 * (criteria met are not restated, so each year counts the communes it had).
 */
final class SeriesBreaks {

    private SeriesBreaks() {}

    /** Where consecutive years with data are not like for like. */
    static List<SeriesBreak> between(List<YearFigures> years, Set<BoundaryChange> applied) {
        List<SeriesBreak> breaks = new ArrayList<>();
        YearFigures prevPoverty = null;
        YearFigures prevCriteria = null;
        for (YearFigures y : years) {
            if (y.hasPoverty()) {
                if (prevPoverty != null
                        && prevPoverty.povertyStandard() != null
                        && y.povertyStandard() != null
                        && !prevPoverty.povertyStandard().equals(y.povertyStandard())) {
                    breaks.add(new SeriesBreak(
                            prevPoverty.year(),
                            y.year(),
                            SeriesBreak.Kind.POVERTY_STANDARD,
                            prevPoverty.povertyStandard(),
                            y.povertyStandard()));
                }
                prevPoverty = y;
            }
            if (y.hasCriteria()) {
                if (prevCriteria != null
                        && prevCriteria.criteriaSet() != null
                        && y.criteriaSet() != null
                        && !prevCriteria.criteriaSet().equals(y.criteriaSet())) {
                    breaks.add(new SeriesBreak(
                            prevCriteria.year(),
                            y.year(),
                            SeriesBreak.Kind.CRITERIA_SET,
                            prevCriteria.criteriaSet(),
                            y.criteriaSet()));
                }
                if (prevCriteria != null) {
                    LocalDate after = Years.end(prevCriteria.year());
                    LocalDate until = Years.end(y.year());
                    List<String> dates = applied.stream()
                            .map(BoundaryChange::effective)
                            .filter(d -> d.isAfter(after) && !d.isAfter(until))
                            .distinct()
                            .map(LocalDate::toString)
                            .toList();
                    if (!dates.isEmpty()) {
                        breaks.add(new SeriesBreak(
                                prevCriteria.year(),
                                y.year(),
                                SeriesBreak.Kind.BOUNDARIES,
                                prevCriteria.communes() + " xã",
                                y.communes() + " xã (" + String.join(", ", dates) + ")"));
                    }
                }
                prevCriteria = y;
            }
        }
        return breaks;
    }
}
