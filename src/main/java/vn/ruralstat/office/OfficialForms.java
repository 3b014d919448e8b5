package vn.ruralstat.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ruralstat.unit.Unit;

/**
 * Resolves the official form of a report from the office's settings, filling what they leave out
 * from the unit being reported (its people's committee issues the report, its parent's is the
 * cơ quan chủ quản, its name is the place) and leaving dotted lines to fill in by hand where the
 * unit is not known either.
 */
public final class OfficialForms {

    static final String BLANK = "……………";
    static final String DEFAULT_SYMBOL = "BC-UBND";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OfficeSettings settings;

    public OfficialForms(OfficeSettings settings) {
        this.settings = settings == null ? OfficeSettings.NONE : settings;
    }

    /**
     * The form of one report.
     *
     * @param unit          the unit reported (the run's highest unit), null when the data name none
     * @param parent        its parent unit, null when unknown
     * @param period        the reporting period as printed ("Năm 2025"), or "" to leave the line out
     * @param unitOfMeasure "Hộ", "Tiêu chí", … or "" to leave the line out
     * @param date          the date of the date line (the day the report is made)
     */
    public OfficialForm form(
            ReportForm form, Unit unit, Unit parent, String period, String unitOfMeasure, LocalDate date) {
        return new OfficialForm(
                parentBody(parent),
                issuingBody(unit),
                "Số: " + BLANK + "/" + orElse(settings.symbol(), DEFAULT_SYMBOL),
                placeAndDate(place(unit), date),
                orElse(settings.formNumbers().get(form), form.defaultNumber()),
                form.defaultTitle(),
                period == null ? "" : period,
                unitOfMeasure == null ? "" : unitOfMeasure,
                completed(settings.preparer(), defaultPreparer()),
                completed(settings.head(), defaultHead()),
                settings.recipients());
    }

    /** "Ngân Sơn, ngày 05 tháng 01 năm 2026": day below 10 and months 1-2 with a leading 0 (NĐ 30/2020). */
    static String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? "0" + month : String.valueOf(month)) + " năm " + date.getYear();
    }

    private String issuingBody(Unit unit) {
        if (present(settings.issuingBody())) return upper(settings.issuingBody());
        Unit reported = unit != null ? unit : configuredUnit();
        return reported == null ? BLANK : "ỦY BAN NHÂN DÂN " + upper(reported.label());
    }

    /** The unit the office says it reports for, when the data name no single one (a run over several). */
    private Unit configuredUnit() {
        return present(settings.unit()) ? Unit.parse(settings.unit().strip()) : null;
    }

    private String parentBody(Unit parent) {
        if (present(settings.parentBody())) return upper(settings.parentBody());
        return parent == null ? "" : "UBND " + upper(parent.label());
    }

    private String place(Unit unit) {
        if (present(settings.place())) return settings.place().strip();
        Unit reported = unit != null ? unit : configuredUnit();
        return reported == null ? BLANK : reported.name();
    }

    /**
     * The office's signer with what it leaves out taken from the default: an office that only
     * types the chairman's name keeps "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" and the hint.
     */
    static Signer completed(Signer configured, Signer fallback) {
        if (configured == null) return fallback;
        return new Signer(
                configured.authority().isEmpty() ? fallback.authority() : configured.authority(),
                configured.title().isEmpty() ? fallback.title() : configured.title(),
                configured.hint().isEmpty() ? fallback.hint() : configured.hint(),
                configured.name());
    }

    static Signer defaultPreparer() {
        return new Signer(List.of(), "NGƯỜI LẬP BIỂU", "(Ký, họ tên)", "");
    }

    static Signer defaultHead() {
        return new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "(Ký, đóng dấu, họ tên)", "");
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String orElse(String text, String fallback) {
        return present(text) ? text.strip() : fallback;
    }
}
