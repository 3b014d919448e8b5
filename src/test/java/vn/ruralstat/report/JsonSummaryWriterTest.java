package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.DistrictCriteria;

class JsonSummaryWriterTest {

    private static final Path SCHEMA = Path.of("docs/summary.schema.json");
    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2026, 6, 5, 14, 30, 0, 0, ZoneOffset.ofHours(7));
    private static final List<String> FILES =
            List.of("tong-hop.xlsx", "tong-hop.json", "bieu-do/ngheo-theo-thon-ngan-son.png");

    private final JsonMapper mapper = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void producesEveryKeyTheSchemaRequiresAndNoUndeclaredOne() throws IOException {
        JsonNode json = write(SampleConsolidation.build());

        assertThat(SchemaShapeCheck.problems(json, mapper.readTree(SCHEMA.toFile())))
                .isEmpty();
    }

    @Test
    void emptyRunStillFitsTheSchema() throws IOException {
        JsonNode json = write(SampleConsolidation.empty());

        assertThat(SchemaShapeCheck.problems(json, mapper.readTree(SCHEMA.toFile())))
                .isEmpty();
        assertThat(json.get("units").size()).isZero();
    }

    @Test
    void schemaCheckReportsAMissingRequiredKey() throws IOException {
        JsonNode json = write(SampleConsolidation.build());
        ((tools.jackson.databind.node.ObjectNode) json).remove("runId");

        assertThat(SchemaShapeCheck.problems(json, mapper.readTree(SCHEMA.toFile())))
                .containsExactly("$: missing required key runId");
    }

    @Test
    void writesRunHeaderAndFileList() throws IOException {
        JsonNode json = write(SampleConsolidation.build());

        assertThat(json.get("schemaVersion").asString()).isEqualTo("1.2");
        assertThat(json.get("runId").asLong()).isEqualTo(42);
        assertThat(json.get("scope").asString()).isEqualTo("huyện Quảng Hòa");
        assertThat(json.get("generatedAt").asString()).isEqualTo("2026-06-05T14:30+07:00");
        assertThat(json.get("files").values()).extracting(JsonNode::asString).containsExactlyElementsOf(FILES);
    }

    @Test
    void keepsHouseholdWeightedRatesUnroundedInPercentUnits() throws IOException {
        JsonNode district = unit(write(SampleConsolidation.build()), "huyện", "Quảng Hòa", "2025");

        // 33 / 900 × 100, not the mean of the commune rates (4.00 + 3.50) / 2 = 3.75
        assertThat(district.at("/poverty/poorRate").asDouble()).isCloseTo(33 * 100.0 / 900, within(1e-12));
        assertThat(district.at("/poverty/households").asLong()).isEqualTo(900);
        assertThat(district.at("/poverty/communes").size()).isEqualTo(2);
    }

    @Test
    void listsVillagesWithReportedRatesAndPlannedReductionsUnderTheirCommune() throws IOException {
        JsonNode village = unit(write(SampleConsolidation.build()), "thôn", "Thôn Khuổi Mạn", "2025");

        assertThat(village.get("parent").asString()).isEqualTo("Ngân Sơn");
        assertThat(village.at("/poverty/poorRate").asDouble()).isCloseTo(4 * 100.0 / 95, within(1e-12));
        assertThat(village.at("/poverty/reportedPoorRate").asDouble()).isEqualTo(4.5);
        assertThat(village.at("/poverty/plannedReduction/poorHouseholds").asLong())
                .isEqualTo(1);
        assertThat(village.at("/poverty/source/cell").asString()).isEqualTo("B9");
    }

    @Test
    void summarisesTheCriteriaMatrixOfTheParentUnit() throws IOException {
        JsonNode district = unit(write(SampleConsolidation.build()), "huyện", "Quảng Hòa", "2022");
        JsonNode summary = district.get("criteriaSummary");

        assertThat(summary.get("criteriaSet").asString()).isEqualTo("NTM-2021-2025");
        assertThat(summary.get("totalMet").asInt()).isEqualTo(35);
        assertThat(summary.get("averageMetPerCommune").asDouble()).isCloseTo(35 / 3.0, within(1e-12));
        assertThat(summary.get("metPerCriterion").values())
                .extracting(n -> n.get("communesMet").asInt())
                .containsExactly(3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 0, 0, 0, 0);
        assertThat(summary.at("/plannedByYear/2023").asInt()).isEqualTo(7);
        assertThat(summary.at("/plannedByYear/2024").asInt()).isEqualTo(9);
        assertThat(summary.at("/plannedByYear/2025").asInt()).isEqualTo(4);
        // out of 19: none meets all; 12 and 15 are at least 10 (half of 19, rounded up); 8 is below
        assertThat(summary.get("criteriaCount").asInt()).isEqualTo(19);
        assertThat(summary.get("communesMeetingAll").asInt()).isZero();
        assertThat(summary.get("communesMeetingHalfOrMore").asInt()).isEqualTo(2);
        assertThat(summary.get("communesBelowHalf").asInt()).isEqualTo(1);
        assertThat(summary.get("byGroup").values())
                .as("the 2021-2025 set is not graded by commune group")
                .isEmpty();
    }

    @Test
    void givesEachCriteriaCommuneItsStatusesPlanAndTarget() throws IOException {
        JsonNode criteria = unit(write(SampleConsolidation.build()), "xã", "Xã Phi Hải", "2022")
                .get("criteria");

        assertThat(criteria.get("criteriaMet").asInt()).isEqualTo(12);
        assertThat(criteria.get("reportedMet").asInt()).isEqualTo(12);
        assertThat(criteria.get("statuses").size()).isEqualTo(19);
        assertThat(criteria.at("/statuses/12/status").asString()).isEqualTo("PLANNED");
        assertThat(criteria.at("/statuses/12/year").asInt()).isEqualTo(2023);
        assertThat(criteria.at("/statuses/17/text").asString()).isEqualTo("Chưa đạt");
        assertThat(criteria.get("lastPlannedYear").asInt()).isEqualTo(2024);
        assertThat(criteria.at("/target/ntmYear").asInt()).isEqualTo(2024);
    }

    @Test
    void mergesACommuneSeenInAPovertyTableAndACriteriaMatrixOfTheSamePeriod() throws IOException {
        Consolidation sample = SampleConsolidation.build();
        DistrictCriteria matrix2022 = SampleConsolidation.criteria();
        CommuneCriteria quocDan = matrix2022.communes().get(1);
        DistrictCriteria matrix2025 = new DistrictCriteria(
                "Quảng Hòa",
                "2025",
                matrix2022.rulebook(),
                List.of(new CommuneCriteria("Xã Ngân Sơn", 15, quocDan.statuses(), quocDan.source(), 8, null, null)),
                matrix2022.targets(),
                matrix2022.source(),
                null,
                null);
        Consolidation both = new Consolidation(
                sample.runId(),
                sample.scope(),
                sample.poverty(),
                sample.rollups(),
                List.of(matrix2025),
                sample.findings(),
                sample.sources());

        JsonNode json = write(both);

        List<JsonNode> nganSon = units(json).stream()
                .filter(u -> u.get("level").asString().equals("xã")
                        && u.get("name").asString().endsWith("Ngân Sơn"))
                .toList();
        assertThat(nganSon).hasSize(1);
        assertThat(nganSon.get(0).at("/poverty/households").asLong()).isEqualTo(300);
        assertThat(nganSon.get(0).at("/criteria/criteriaMet").asInt()).isEqualTo(15);
        assertThat(unit(json, "huyện", "Quảng Hòa", "2025")
                        .get("criteriaSummary")
                        .isNull())
                .isFalse();
    }

    @Test
    void listsFindingsWithTheirLocationAndSourcesWithTheirRowAccounting() throws IOException {
        JsonNode json = write(SampleConsolidation.build());

        JsonNode rate = json.get("findings").get(1);
        assertThat(rate.get("code").asString()).isEqualTo("RATE_MISMATCH");
        assertThat(rate.get("severity").asString()).isEqualTo("ERROR");
        assertThat(rate.get("cell").asString()).isEqualTo("F9");
        assertThat(rate.get("reported").asString()).isEqualTo("4,50");
        assertThat(rate.get("expected").asString()).isEqualTo("4,21");
        JsonNode criteriaFile = json.get("sources").get(2);
        assertThat(criteriaFile.get("rowsRead").asInt())
                .isEqualTo(criteriaFile.get("rowsUsed").asInt()
                        + criteriaFile.get("rowsRejected").asInt()
                        + criteriaFile.get("rowsOther").asInt());
    }

    private JsonNode write(Consolidation consolidation) throws IOException {
        Path target = dir.resolve("tong-hop.json");
        new JsonSummaryWriter().write(consolidation, FILES, GENERATED, target);
        return mapper.readTree(target.toFile());
    }

    private static List<JsonNode> units(JsonNode json) {
        return StreamSupport.stream(json.get("units").spliterator(), false).toList();
    }

    private static JsonNode unit(JsonNode json, String level, String name, String period) {
        return units(json).stream()
                .filter(u -> u.get("level").asString().equals(level)
                        && u.get("name").asString().equals(name)
                        && u.get("period").asString().equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + level + " " + name + " " + period));
    }
}
