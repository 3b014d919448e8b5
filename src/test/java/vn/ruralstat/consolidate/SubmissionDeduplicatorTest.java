package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.consolidate.MatrixTables.chauThanh;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.StoredTable;

class SubmissionDeduplicatorTest {

    @Test
    void namesakeDistrictsOfTwoProvincesAreTwoUnitsNotOneSentTwice() {
        StoredTable dongThap = chauThanh(1, "dong-thap/chau-thanh.xlsx", "Đồng Tháp");
        StoredTable socTrang = chauThanh(2, "soc-trang/chau-thanh.xlsx", "Sóc Trăng");
        assertThat(dongThap.submissionKey()).isEqualTo(socTrang.submissionKey());

        assertThat(SubmissionDeduplicator.byParent(List.of(dongThap, socTrang)))
                .containsExactly(List.of(dongThap), List.of(socTrang));
    }

    @Test
    void aTableWithoutItsProvinceJoinsTheOnlyProvinceNamedAndStaysApartWhenTwoAre() {
        StoredTable dongThap = chauThanh(1, "dong-thap/chau-thanh.xlsx", "Đồng Tháp");
        StoredTable sameAgain = chauThanh(2, "dong-thap/chau-thanh-sua.xlsx", "tỉnh Đồng Tháp");
        StoredTable unplaced = chauThanh(3, "chau-thanh.csv", null);
        StoredTable socTrang = chauThanh(4, "soc-trang/chau-thanh.xlsx", "Sóc Trăng");

        assertThat(SubmissionDeduplicator.byParent(List.of(dongThap, unplaced, sameAgain)))
                .containsExactly(List.of(dongThap, sameAgain, unplaced));
        assertThat(SubmissionDeduplicator.byParent(List.of(dongThap, unplaced, socTrang)))
                .containsExactly(List.of(dongThap), List.of(socTrang), List.of(unplaced));
    }
}
