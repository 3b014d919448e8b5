/**
 * Annotated copies sent back to submitters: each input file with findings is copied as
 * {@code <name>.kiem-tra.xlsx} (or {@code .xls}, {@code .xlsm}, keeping the format), its cells with
 * findings filled by severity and commented in Vietnamese, with a first sheet "Kiểm tra" listing
 * the findings and linking to their cells. {@link vn.ruralstat.annotate.AnnotatedCopies} writes them
 * for a run; {@link vn.ruralstat.annotate.AnnotatedCopyWriter} writes one. No Spring, no database:
 * the caller passes the findings and the folders.
 */
package vn.ruralstat.annotate;
