package vn.ruralstat.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.Cell;
import vn.ruralstat.sheet.FormLines;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitMention;

/**
 * Decides which unit and period a table covers, from the lines of the form above it ({@link
 * FormLines}). The unit comes from the issuing body (the lowest unit there), "Đơn vị báo cáo",
 * the title or the "Kèm theo" line; never from the motto, a signer or the "Nơi nhận" list; its
 * parent from the same lines, else from "Đơn vị nhận báo cáo" (a unit reports to its parent). A
 * village table covers a commune (xã, phường, thị trấn); a commune table covers the unit above
 * (huyện, tỉnh): each reader says which. The period comes from a header naming it (village
 * poverty tables: "Tổng số hộ dân cuối năm 2025"), the title without the names of standards and
 * legal documents, "Kỳ báo cáo", the sheet's name, then the date line's year.
 *
 * <p>The folder and file names are used only when the sheet names neither; that fallback is a
 * finding, since the file name may be wrong where the sheet is not.
 */
public final class TableUnitResolver {

    /** The table's unit and period, and the findings on where they were taken from. */
    public record Resolution(TableInfo info, List<Finding> findings) {}

    /** As {@link #resolve(String, DatasetReader, ColumnMap, HeaderBand, FormLines, SourceRef)} for a title joined with "; ". */
    public TableInfo resolve(
            String sheet, DatasetReader dataset, ColumnMap columns, HeaderBand header, String title, SourceRef file) {
        return resolve(sheet, dataset, columns, header, FormLines.of(title), file)
                .info();
    }

    public Resolution resolve(
            String sheet, DatasetReader dataset, ColumnMap columns, HeaderBand header, FormLines form, SourceRef file) {
        List<Finding> findings = new ArrayList<>();
        SourceRef at = new SourceRef(file.file(), sheet, Cell.ref(0, header.firstRow()));
        // The reader says: a village table or a one-commune indicator table covers a commune, the others a parent unit.
        int unitRank = dataset.tableUnitRank();
        List<UnitMention> mentions = TitleContext.units(form.unitText());
        List<UnitMention> inPath = TitleContext.unitsInPath(file.file());
        UnitMention unit = lowestAtLeast(mentions, unitRank).orElse(null);
        if (unit == null) {
            unit = lowestAtLeast(inPath, unitRank).orElse(null);
            if (unit != null) {
                findings.add(Finding.of(FindingCode.UNIT_FROM_FILE_NAME, at, sheet, file.file(), unit.describe()));
            }
        }
        UnitMention parent = null;
        if (unit != null) {
            int rank = unit.rank();
            parent = lowestAtLeast(mentions, rank + 1)
                    .or(() -> lowestAtLeast(TitleContext.units(form.receivingText()), rank + 1))
                    .orElse(null);
            if (parent == null) {
                parent = lowestAtLeast(inPath, rank + 1).orElse(null);
                if (parent != null) {
                    findings.add(Finding.of(
                            FindingCode.UNIT_FROM_FILE_NAME, "parent", at, sheet, file.file(), parent.describe()));
                }
            }
        }
        Optional<String> period = Optional.empty();
        Optional<Integer> periodColumn = dataset.periodField().map(columns::column);
        if (periodColumn.isPresent()) {
            period = TitleContext.period(header.labels().get(periodColumn.get()));
        }
        String title = dataset.periodOfRulebook() ? form.titleTextWithNamedDocuments() : form.titleText();
        period = period.or(() -> TitleContext.period(title))
                .or(() -> form.reportingPeriod().flatMap(TitleContext::period))
                .or(() -> TitleContext.period(sheet))
                .or(() -> form.dateLine().flatMap(TableUnitResolver::yearOfDate));
        if (period.isEmpty()) {
            String fileName = file.file().replace('-', ' ').replace('_', ' ');
            period = TitleContext.period(fileName);
            period.ifPresent(
                    p -> findings.add(Finding.of(FindingCode.PERIOD_FROM_FILE_NAME, at, sheet, file.file(), p)));
        }
        TableInfo info =
                new TableInfo(sheet, dataset.dataset(), columns, header, unit, parent, period.orElse(null), null, null);
        return new Resolution(info, List.copyOf(findings));
    }

    /** The year of a date line ("Ngân Sơn, ngày 05 tháng 01 năm 2026" → 2026). */
    private static Optional<String> yearOfDate(String line) {
        return TitleContext.period(line).filter(p -> !p.contains("-"));
    }

    private static Optional<UnitMention> lowestAtLeast(List<UnitMention> mentions, int rank) {
        return mentions.stream().filter(m -> m.rank() >= rank).min(Comparator.comparingInt(UnitMention::rank));
    }
}
