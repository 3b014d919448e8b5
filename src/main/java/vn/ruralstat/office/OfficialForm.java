package vn.ruralstat.office;

import java.util.List;

/**
 * The official elements of one printable report, resolved and ready to lay out: the two-column
 * heading (left: {@code parentBody}, {@code issuingBody}, {@code number}; right: quốc hiệu,
 * tiêu ngữ, {@code placeAndDate}), then {@code formNumber}, {@code title}, {@code period} and
 * {@code unitOfMeasure}; after the table the signature row ({@code preparer} on the left,
 * {@code head} on the right) and, when configured, {@code recipients} under "Nơi nhận:".
 * Empty strings mean "leave the line out"; dotted placeholders ("……") mean "fill in by hand".
 */
public record OfficialForm(
        String parentBody,
        String issuingBody,
        String number,
        String placeAndDate,
        String formNumber,
        String title,
        String period,
        String unitOfMeasure,
        Signer preparer,
        Signer head,
        List<String> recipients) {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String RECIPIENTS_HEADING = "Nơi nhận:";

    public OfficialForm {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The same form for another report of the run: its own number, title, period and unit of measure. */
    public OfficialForm forReport(String formNumber, String title, String period, String unitOfMeasure) {
        return new OfficialForm(
                parentBody,
                issuingBody,
                number,
                placeAndDate,
                formNumber,
                title,
                period,
                unitOfMeasure,
                preparer,
                head,
                recipients);
    }
}
