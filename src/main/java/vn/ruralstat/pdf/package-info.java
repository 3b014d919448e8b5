/**
 * The PDF of the signable forms ({@code tong-hop.pdf}): each form laid out as an office issues it
 * (NĐ 30/2020/NĐ-CP Phụ lục I; {@code ../shared/reference/official-forms.md}) — the two-column
 * official heading, form number, title, period and unit of measure, the table with its header rows
 * repeated on every page and no row split across pages, then the signatures and "Nơi nhận" — on
 * A4 with Liberation Serif (the metric twin of Times New Roman) embedded, page numbers centred in
 * the top margin from each form's second page.
 *
 * <p>It computes nothing: {@link vn.ruralstat.pdf.FormsPdf} receives each table exactly as the
 * workbook's sheet writes it ({@link vn.ruralstat.output.SheetMirror}), so the PDF and the
 * workbook cannot disagree. It imports {@code output}, {@code office} and {@code message};
 * {@code report} imports it.
 */
package vn.ruralstat.pdf;
