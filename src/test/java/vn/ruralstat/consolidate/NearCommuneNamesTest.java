package vn.ruralstat.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;

class NearCommuneNamesTest {

    private static CommunePoverty commune(String name, String file) {
        return CommunePoverty.ofVillages(name, null, "2025", List.of(), new SourceRef(file, "Sheet1", null));
    }

    @Test
    void reportsCommunesFromTwoFilesWhoseNamesDifferByALetter() {
        List<Finding> found = ConsolidationService.nearCommuneNames(
                List.of(commune("Phúc Sen", "a.xlsx"), commune("Ngân Sơn", "b.xlsx"), commune("Phúc Sơn", "c.xlsx")));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNIT_NEAR_MATCH);
            assertThat(f.source().file()).isEqualTo("c.xlsx");
            assertThat(f.key()).isEqualTo("UNIT_NEAR_MATCH.otherFile");
            assertThat(f.arguments()).containsExactly("Phúc Sơn", "Phúc Sen");
        });
    }
}
