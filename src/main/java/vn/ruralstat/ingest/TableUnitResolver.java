package vn.ruralstat.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitMention;

/**
 * Decides which unit and period a table covers. The title rows above the table come first; the
 * folder and file names are the fallback. A village table covers a commune (xã, phường, thị
 * trấn); a commune table covers the unit above (huyện, tỉnh): each reader says which. A
 * dataset may name a field whose header gives the period (village poverty tables: the year of
 * the review, "Tổng số hộ dân cuối năm 2025", since the title usually names the plan's year).
 */
public final class TableUnitResolver {

    public TableInfo resolve(
            String sheet, DatasetReader dataset, ColumnMap columns, HeaderBand header, String title, SourceRef file) {
        // The reader says: a village table or a one-commune indicator table covers a commune, the others a parent unit.
        int unitRank = dataset.tableUnitRank();
        List<UnitMention> mentions = TitleContext.units(title);
        List<UnitMention> inPath = TitleContext.unitsInPath(file.file());
        UnitMention unit = lowestAtLeast(mentions, unitRank)
                .or(() -> lowestAtLeast(inPath, unitRank))
                .orElse(null);
        UnitMention parent = null;
        if (unit != null) {
            int rank = unit.rank();
            parent = lowestAtLeast(mentions, rank + 1)
                    .or(() -> lowestAtLeast(inPath, rank + 1))
                    .orElse(null);
        }
        Optional<String> period = Optional.empty();
        Optional<Integer> periodColumn = dataset.periodField().map(columns::column);
        if (periodColumn.isPresent()) {
            period = TitleContext.period(header.labels().get(periodColumn.get()));
        }
        String fileName = file.file().replace('-', ' ').replace('_', ' ');
        period = period.or(() -> TitleContext.period(title))
                .or(() -> TitleContext.period(sheet))
                .or(() -> TitleContext.period(fileName));
        return new TableInfo(sheet, dataset.dataset(), columns, header, unit, parent, period.orElse(null));
    }

    private static Optional<UnitMention> lowestAtLeast(List<UnitMention> mentions, int rank) {
        return mentions.stream().filter(m -> m.rank() >= rank).min(Comparator.comparingInt(UnitMention::rank));
    }
}
