package vn.ruralstat.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.DistrictCriteria;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.office.ReportForm;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.unit.Unit;

/**
 * Which sheets of the workbook are forms an office signs — the summary, poverty by village and
 * by commune, the criteria matrices and their group summaries — and the official form of each:
 * issued for the run's reported unit, with the periods its data cover.
 */
final class SignableForms {

    private final OfficialForms forms;
    private final Consolidation consolidation;
    private final LocalDate date;
    private final Unit unit;
    private final Unit parent;

    SignableForms(OfficialForms forms, Consolidation consolidation, LocalDate date) {
        this.forms = forms;
        this.consolidation = consolidation;
        this.date = date;
        this.unit = consolidation
                .reportedUnit()
                .map(u -> asNamedByData(u, consolidation))
                .orElse(null);
        this.parent = unit == null ? null : parentOf(unit, consolidation);
    }

    /** The form of the sheet named {@code sheetName}, or null when that sheet is not signed. */
    OfficialForm of(String sheetName) {
        List<String> poverty =
                consolidation.poverty().stream().map(CommunePoverty::period).toList();
        List<String> criteria =
                consolidation.criteria().stream().map(DistrictCriteria::period).toList();
        if (sheetName.equals(SummarySheet.NAME)) {
            return form(
                    ReportForm.SUMMARY,
                    Stream.concat(poverty.stream(), criteria.stream()).toList(),
                    "");
        }
        if (sheetName.equals(VillagePovertySheet.NAME)) return form(ReportForm.VILLAGE_POVERTY, poverty, "hộ");
        if (sheetName.equals(CommunePovertySheet.NAME)) return form(ReportForm.COMMUNE_POVERTY, poverty, "hộ");
        if (sheetName.startsWith(CriteriaMatrixSheet.NAME)) return form(ReportForm.CRITERIA, criteria, "tiêu chí");
        if (sheetName.startsWith(CriteriaGroupSheet.NAME)) {
            return form(ReportForm.CRITERIA_GROUPS, criteria, "xã, tiêu chí");
        }
        return null;
    }

    private OfficialForm form(ReportForm report, Collection<String> periods, String unitOfMeasure) {
        return forms.form(report, unit, parent, period(periods), unitOfMeasure, date);
    }

    /** "Kỳ báo cáo: năm 2023, giai đoạn 2022-2025": each period once, earliest first; "" when none is known. */
    static String period(Collection<String> periods) {
        TreeSet<String> distinct = new TreeSet<>();
        periods.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .forEach(distinct::add);
        if (distinct.isEmpty()) return "";
        List<String> shown = distinct.stream()
                .map(p -> text(p.matches("\\d{4}") ? "pdf.period.year" : "pdf.period.range", p))
                .toList();
        return text("pdf.period", String.join(", ", shown));
    }

    /**
     * The reported unit as its data name it, with its level word ("huyện Quảng Hòa"), which the
     * issuing body needs ("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA"); null when no roll-up, matrix or
     * commune of the run bears its name (a scope such as "xã Ngân Sơn (Thái Nguyên), kỳ 2025" is
     * no unit), so that the office's settings or a line to fill in by hand stand instead.
     */
    private static Unit asNamedByData(Unit unit, Consolidation consolidation) {
        String key = unit.nameKey();
        List<String> levels = Stream.concat(
                        consolidation.rollups().stream()
                                .filter(r -> r.unit() != null
                                        && UnitNames.key(r.unit()).equals(key))
                                .map(r -> Objects.toString(r.level(), "")),
                        consolidation.criteria().stream()
                                .filter(d -> d.unit() != null
                                        && UnitNames.key(d.unit()).equals(key))
                                .map(d -> Objects.toString(d.level(), "")))
                .filter(level -> !PovertyGroups.isWholeRunLevel(level))
                .toList();
        boolean commune = consolidation.poverty().stream()
                .anyMatch(c -> UnitNames.key(c.commune()).equals(key));
        if (levels.isEmpty() && !commune) return null;
        if (unit.level() != null) return unit;
        return levels.stream()
                .filter(level -> !level.isBlank())
                .findFirst()
                .map(level -> new Unit(level, unit.name(), unit.code()))
                .orElse(unit);
    }

    /** The province (or district) above the reported unit, as its data name it; null when none does. */
    private static Unit parentOf(Unit unit, Consolidation consolidation) {
        String key = unit.nameKey();
        Stream<String> fromRollups = consolidation.rollups().stream()
                .filter(r -> r.unit() != null && UnitNames.key(r.unit()).equals(key))
                .map(r -> r.province());
        Stream<String> fromCriteria = consolidation.criteria().stream()
                .filter(d -> d.unit() != null && UnitNames.key(d.unit()).equals(key))
                .map(DistrictCriteria::province);
        Stream<String> fromCommunes = consolidation.poverty().stream()
                .filter(c -> UnitNames.key(c.commune()).equals(key))
                .map(CommunePoverty::parent);
        return Stream.of(fromRollups, fromCriteria, fromCommunes)
                .flatMap(s -> s)
                .filter(p -> p != null && !p.isBlank())
                .findFirst()
                .map(Unit::parse)
                .orElse(null);
    }

    private static String text(String key, Object argument) {
        return MessageCatalogue.VIETNAMESE.render(Message.of(key, argument));
    }
}
