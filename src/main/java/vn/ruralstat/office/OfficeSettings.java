package vn.ruralstat.office;

import java.util.List;
import java.util.Map;

/**
 * What an office sets once in its configuration file ({@code ruralstat.office.*}); every part may
 * be absent (null or empty), and {@link OfficialForms} then fills it from the unit being reported.
 *
 * @param parentBody   cơ quan chủ quản, e.g. "UBND TỈNH THÁI NGUYÊN"
 * @param issuingBody  the issuing body, e.g. "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN"
 * @param unit         the unit the office reports for, as written ("xã Ngân Sơn")
 * @param symbol       the ký hiệu after the number, e.g. "BC-UBND" (the number is written by hand)
 * @param place        the place name of the date line, e.g. "Ngân Sơn"
 * @param preparer     "Người lập biểu" and its name
 * @param head         the head of the office signing: authority lines, title, name
 * @param formNumbers  form number per report form, e.g. {@code VILLAGE_POVERTY → "Biểu số 02/NTM"}
 * @param recipients   "Nơi nhận" lines, without the leading "- "
 */
public record OfficeSettings(
        String parentBody,
        String issuingBody,
        String unit,
        String symbol,
        String place,
        Signer preparer,
        Signer head,
        Map<ReportForm, String> formNumbers,
        List<String> recipients) {

    public static final OfficeSettings NONE = new OfficeSettings(null, null, null, null, null, null, null, null, null);

    public OfficeSettings {
        formNumbers = formNumbers == null ? Map.of() : Map.copyOf(formNumbers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
