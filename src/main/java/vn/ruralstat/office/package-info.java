/**
 * The office that signs a report and the official form elements of each printable report
 * (NĐ 30/2020/NĐ-CP Phụ lục I and the statistical report forms; see
 * {@code ../shared/reference/official-forms.md}): issuing body and its parent, quốc hiệu and tiêu
 * ngữ, "Số", place-and-date line, form number, title, reporting period, unit of measure, signature
 * block and recipients. {@link vn.ruralstat.office.OfficeSettings} is what the office configures;
 * {@link vn.ruralstat.office.OfficialForms} fills what it leaves out from the unit being reported;
 * {@link vn.ruralstat.office.OfficialForm} is the result that the workbook and PDF writers lay out.
 * Values only: it imports {@code unit} and {@code period}, and every output package may import it.
 */
package vn.ruralstat.office;
