package vn.ruralstat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.CommunePoverty;
import vn.ruralstat.poverty.PovertyFigures;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.review.ReviewInputs.PovertyRecord;

class ReviewInputsTest {

    static CommunePoverty commune(String name, String parent, String period, long households, String file) {
        SourceRef source = new SourceRef(file, "Bieu", null);
        return CommunePoverty.ofVillages(
                name,
                parent,
                period,
                List.of(new VillagePoverty(
                        "Thôn 1",
                        new PovertyFigures(households, 10, 5),
                        null,
                        null,
                        VillagePoverty.PlannedReduction.NONE,
                        source,
                        5)),
                source);
    }

    static Consolidation run(long id, CommunePoverty... communes) {
        return new Consolidation(id, "x", List.of(communes), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theNewestRunWinsForOneCommuneAndYearWhetherOrNotItsTitleNamedTheParent() {
        ReviewInputs in = ReviewInputs.from(List.of(
                run(2, commune("Ngân Sơn", null, "2025", 9_606, "moi.xlsx")),
                run(
                        1,
                        commune("Ngân Sơn", "Thái Nguyên", "2025", 9_500, "cu.xlsx"),
                        commune("Ngân Sơn", "Thái Nguyên", "2024", 9_541, "2024.xlsx"))));

        assertThat(in.poverty())
                .extracting(PovertyRecord::year, r -> r.figures().households(), PovertyRecord::file)
                .containsExactly(tuple(2025, 9_606L, "moi.xlsx"), tuple(2024, 9_541L, "2024.xlsx"));
    }

    @Test
    void twoCommunesOfOneNameUnderTwoParentsAreBothKept() {
        ReviewInputs in = ReviewInputs.from(List.of(run(
                1,
                commune("Tân Lập", "Chợ Đồn", "2024", 800, "a.xlsx"),
                commune("Tân Lập", "Ngân Sơn", "2024", 700, "b.xlsx"))));

        assertThat(in.poverty()).extracting(PovertyRecord::parent).containsExactly("Chợ Đồn", "Ngân Sơn");
    }
}
