package vn.ruralstat.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.office.ReportForm;
import vn.ruralstat.office.ReportPeriods;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyRollup;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.unit.Unit;

/**
 * The official forms of one consolidated workbook: the unit the run reports on (with its level
 * word, "huyện Quảng Hòa") and its parent (the province a district's tables name, the parent of a
 * commune), the day it is made, and per sheet its form number, title, periods and unit of measure.
 */
final class ReportForms {

    private final OfficialForms forms;
    private final Unit unit;
    private final Unit parent;
    private final LocalDate date;

    ReportForms(OfficialForms forms, Consolidation consolidation, LocalDate date) {
        this.forms = forms;
        this.date = date;
        ParentUnitLabels labels = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        CommunePoverty single = singleCommune(consolidation);
        if (single != null) {
            // A commune's own table is reported by the commune, not by the district or province above it.
            this.unit = Unit.parse("xã " + single.commune());
            this.parent = single.parent() == null ? null : Unit.parse(labels.label(single.parent()));
            return;
        }
        this.unit = consolidation
                .reportedUnit()
                .map(u -> asNamedByData(u, consolidation))
                .map(u -> Unit.parse(labels.label(u.label())))
                .orElse(null);
        this.parent = unit == null ? null : parentOf(unit, consolidation, labels);
    }

    /** The one commune a run's data are about (poverty tables of one commune, no matrix), or null. */
    private static CommunePoverty singleCommune(Consolidation consolidation) {
        if (!consolidation.criteria().isEmpty() || consolidation.poverty().isEmpty()) return null;
        CommunePoverty first = consolidation.poverty().get(0);
        boolean one = consolidation.poverty().stream()
                .allMatch(c -> UnitNames.key(c.commune()).equals(UnitNames.key(first.commune()))
                        && Objects.equals(c.parent(), first.parent()));
        return one ? first : null;
    }

    /** The form of one sheet, its "Kỳ báo cáo" from the periods its table covers. */
    OfficialForm form(ReportForm form, Collection<String> periods, String unitOfMeasure) {
        return forms.form(form, unit, parent, ReportPeriods.label(periods), unitOfMeasure, date);
    }

    /** The top units of a run, as the front page and the sheets' "Phạm vi" name them: "huyện Quảng Hòa, tỉnh …". */
    static String units(Consolidation consolidation) {
        ParentUnitLabels labels = new ParentUnitLabels(consolidation.rollups(), consolidation.criteria());
        Set<String> tops = new LinkedHashSet<>();
        consolidation.rollups().stream()
                .filter(r -> !PovertyGroups.isWholeRun(r))
                .forEach(r -> tops.add(labels.label(r.unit(), r.province())));
        consolidation.poverty().stream().filter(p -> p.parent() == null).forEach(p -> tops.add("xã " + p.commune()));
        consolidation.criteria().forEach(d -> tops.add(labels.label(d.unit(), d.province())));
        return String.join(", ", tops);
    }

    static Set<String> povertyPeriods(Consolidation consolidation) {
        return consolidation.poverty().stream()
                .map(CommunePoverty::period)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> criteriaPeriods(Collection<DistrictCriteria> districts) {
        return districts.stream()
                .map(DistrictCriteria::period)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The reported unit as its data name it, with its level word ("huyện Quảng Hòa"), which the
     * issuing body needs ("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA"). A scope with more than a name
     * ("xã Ngân Sơn (Thái Nguyên), kỳ 2025" of the summary command) is cut back to the name. Null when
     * no roll-up, matrix or commune of the run bears the name, so that the office's settings or a
     * line to fill in by hand stand instead.
     */
    static Unit asNamedByData(Unit unit, Consolidation consolidation) {
        String name = unit.name().split(" \\(|,", 2)[0].strip();
        String key = UnitNames.key(name);
        List<String> levels = Stream.concat(
                        consolidation.rollups().stream()
                                .filter(r -> !PovertyGroups.isWholeRun(r) && r.unit() != null)
                                .filter(r -> UnitNames.key(r.unit()).equals(key))
                                .map(r -> Objects.toString(r.level(), "")),
                        consolidation.criteria().stream()
                                .filter(d -> d.unit() != null
                                        && UnitNames.key(d.unit()).equals(key))
                                .map(d -> Objects.toString(d.level(), "")))
                .toList();
        boolean commune = consolidation.poverty().stream()
                .anyMatch(c -> UnitNames.key(c.commune()).equals(key));
        if (levels.isEmpty() && !commune) return null;
        String level = unit.level() != null
                ? unit.level()
                : levels.stream().filter(l -> !l.isBlank()).findFirst().orElse(commune ? "xã" : null);
        return new Unit(level, name, unit.code());
    }

    private static Unit parentOf(Unit unit, Consolidation consolidation, ParentUnitLabels labels) {
        String key = unit.nameKey();
        for (PovertyRollup rollup : consolidation.rollups()) {
            if (UnitNames.key(rollup.unit()).equals(key) && rollup.province() != null) {
                return Unit.parse(rollup.province());
            }
        }
        for (DistrictCriteria district : consolidation.criteria()) {
            if (UnitNames.key(district.unit()).equals(key) && district.province() != null) {
                return Unit.parse(district.province());
            }
        }
        for (CommunePoverty commune : consolidation.poverty()) {
            if (UnitNames.key(commune.commune()).equals(key) && commune.parent() != null) {
                return Unit.parse(labels.label(commune.parent()));
            }
        }
        return null;
    }
}
