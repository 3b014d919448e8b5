package vn.ruralstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.Severity;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;

/**
 * A stored finding comes back with its texts as rendered, and with its catalogue key and arguments
 * (nested messages and per-language arguments included); one stored before V8 keeps its texts alone.
 * Run on H2 ({@link FindingStoreIT}) and PostgreSQL ({@link PostgresFindingStoreIT}).
 */
@SpringBootTest(properties = "ruralstat.cli.enabled=false")
abstract class AbstractFindingStoreIT {

    private static final long RUN = 990_001;

    @Autowired
    FindingStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsTheKeyAndArgumentsBesideTheRenderedTexts() {
        jdbc.update("DELETE FROM rs_finding WHERE run_id = ?", RUN);
        Finding unknown = Finding.of(
                FindingCode.RULEBOOK_UNKNOWN,
                SourceRef.file("a.xlsx"),
                "Xã A",
                "2019",
                Message.of("period.noRulebook", "2019"));
        Finding unreadable = Finding.of(
                FindingCode.FILE_UNREADABLE,
                SourceRef.file("bom.xlsx"),
                Message.localized(
                        "FILE_UNREADABLE.unzipsTooLarge",
                        List.of("bom.xlsx", "3,8 GB", "1,0 GB"),
                        List.of("bom.xlsx", "3.8 GB", "1.0 GB")));
        Finding rate = Finding.mismatch(
                FindingCode.RATE_MISMATCH,
                "poor",
                new SourceRef("b.xlsx", "Thôn", "E12"),
                "12,5",
                "19,90",
                "TÁT RỊA",
                "12,5",
                41,
                206,
                "19,90");

        store.save(RUN, FindingStore.CHECK, List.of(unknown, unreadable, rate));

        List<Finding> loaded = store.load(RUN);
        assertThat(loaded).containsExactly(unknown, unreadable, rate);
        assertThat(loaded.get(1).arguments())
                .containsExactly("bom.xlsx", new Localized("3,8 GB", "3.8 GB"), new Localized("1,0 GB", "1.0 GB"));
        assertThat(loaded.get(2).messageVi()).isEqualTo("TÁT RỊA: tỷ lệ hộ nghèo 12,5% ≠ 41/206×100 = 19,90%.");
    }

    @Test
    void readsAFindingStoredBeforeKeysWereKeptWithItsTextsAlone() {
        jdbc.update("DELETE FROM rs_finding WHERE run_id = ?", RUN + 1);
        jdbc.update(
                "INSERT INTO rs_finding (run_id, code, severity, message_vi, message_en, file)"
                        + " VALUES (?, 'UNIT_UNKNOWN', 'WARNING', 'Không rõ đơn vị.', 'Unknown unit.', 'c.xlsx')",
                RUN + 1);

        assertThat(store.load(RUN + 1)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageVi()).isEqualTo("Không rõ đơn vị.");
            assertThat(f.messageEn()).isEqualTo("Unknown unit.");
            assertThat(f.key()).isNull();
            assertThat(f.arguments()).isEmpty();
        });
    }
}
