package vn.ruralstat.indicators;

import java.util.List;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.ingest.RecordingSink;
import vn.ruralstat.ingest.TableScanner;
import vn.ruralstat.ingest.TableUnitResolver;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.SheetRow;

/** One sheet read by the table scanner with every dataset reader, as the job has them. */
final class Scan {

    final RecordingSink sink = new RecordingSink();
    final RowCounts counts;

    private Scan(String file, List<SheetRow> rows) {
        TableScanner scanner = new TableScanner(
                List.of(
                        new PovertyTableReader(),
                        new CriteriaMatrixReader(TestRulebooks.national()),
                        new CommuneTargetReader(),
                        new IndicatorTableReader(),
                        new IndicatorMatrixReader(TestRulebooks.national()),
                        new CommuneRegisterReader()),
                new TableUnitResolver(),
                sink,
                SourceRef.file(file));
        scanner.startSheet("Sheet1", false);
        rows.forEach(scanner::row);
        scanner.endSheet();
        counts = scanner.counts();
    }

    static Scan of(String file, List<SheetRow> rows) {
        return new Scan(file, rows);
    }
}
