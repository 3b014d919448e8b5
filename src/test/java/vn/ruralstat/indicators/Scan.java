package vn.ruralstat.indicators;

import java.util.List;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.ingest.RecordingSink;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.SheetRow;

/** One sheet read by the table scanner with every dataset reader, as the job has them. */
final class Scan {

    final RecordingSink sink = new RecordingSink();
    final RowCounts counts;

    private Scan(String file, List<SheetRow> rows) {
        counts = sink.scan(
                List.of(
                        new PovertyTableReader(),
                        new CriteriaMatrixReader(TestRulebooks.national()),
                        new CommuneTargetReader(),
                        new IndicatorTableReader(),
                        new IndicatorMatrixReader(TestRulebooks.national()),
                        new CommuneRegisterReader()),
                file,
                rows);
    }

    static Scan of(String file, List<SheetRow> rows) {
        return new Scan(file, rows);
    }
}
