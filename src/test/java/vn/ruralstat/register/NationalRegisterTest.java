package vn.ruralstat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ruralstat.period.Period;
import vn.ruralstat.sheet.UnitNames;

/**
 * The shipped register matched against its own rows, read here straight from the CSV file (not
 * through the loader), so that every expected code comes from the data file itself.
 */
class NationalRegisterTest {

    private static final Period Y2026 = Period.year(2026);
    private static final Period Y2024 = Period.year(2024);

    private static NationalRegister register;
    private static List<CSVRecord> rows;

    @BeforeAll
    static void load() throws IOException {
        register = RegisterLoader.fromClasspath();
        try (InputStream in = NationalRegisterTest.class.getResourceAsStream("/register/units-2026.csv")) {
            rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        }
    }

    @Test
    void holdsEveryCommuneOfTheRegisterFile() {
        assertThat(rows).hasSize(3321);
        assertThat(register.today()).hasSize(3321);
    }

    @Test
    void matchesEveryCommuneToItsOwnCodeHoweverTheNameIsWrittenWithItsProvince() {
        // Names one province holds twice once diacritics are dropped ("Văn Lang", "Văn Lăng" in Thái Nguyên):
        // written without diacritics they cannot be told apart, and must come out ambiguous, never wrong.
        Map<String, Integer> plainInProvince = new HashMap<>();
        rows.forEach(r ->
                plainInProvince.merge(r.get("province") + "|" + UnitNames.fold(r.get("commune")), 1, Integer::sum));
        List<String> wrong = new ArrayList<>();
        for (CSVRecord r : rows) {
            String code = r.get("commune_code");
            String province = r.get("province");
            String full = r.get("commune_full_name");
            String name = r.get("commune");
            List<String> writings = List.of(
                    full, // "Xã Tân Lập"
                    name, // "Tân Lập"
                    UnitNames.fold(full), // "xa tan lap"
                    UnitNames.fold(name), // "tan lap"
                    "  " + full.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ") + " ");
            for (String written : writings) {
                for (String context : List.of(province, "tỉnh " + UnitNames.fold(province))) {
                    RegisterMatch m = register.commune(written, context, null, Y2026);
                    boolean plain = written.chars().allMatch(c -> c < 128);
                    boolean twin = plainInProvince.get(province + "|" + UnitNames.fold(name)) > 1;
                    // A kind word may still tell the twins apart ("xa dong tien" is not "Phường Đông Tiến").
                    boolean right = code.equals(m.code())
                            || plain
                                    && twin
                                    && m.outcome() == RegisterMatch.Outcome.AMBIGUOUS
                                    && m.candidates().stream()
                                            .anyMatch(u -> u.code().equals(code));
                    if (!right) wrong.add(written + " / " + context + " → " + m);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void namesakesWithoutTheirProvinceAreAmbiguousWithEveryCandidate() {
        Map<String, List<String>> codesByName = new HashMap<>();
        rows.forEach(r -> codesByName
                .computeIfAbsent(r.get("commune_full_name"), k -> new ArrayList<>())
                .add(r.get("commune_code")));
        List<String> shared = codesByName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .toList();
        // The issue: 572 communes share a name with another.
        assertThat(shared.stream().mapToInt(n -> codesByName.get(n).size()).sum())
                .isEqualTo(572);
        for (String name : shared) {
            RegisterMatch m = register.commune(name, null, null, Y2026);
            assertThat(m.outcome()).as(name).isEqualTo(RegisterMatch.Outcome.AMBIGUOUS);
            // Written exactly as the register writes them, namesakes are told apart by nothing but the province.
            assertThat(m.candidates())
                    .extracting(RegisteredUnit::code)
                    .containsExactlyInAnyOrderElementsOf(codesByName.get(name));
        }
    }

    @Test
    void aNameOfBeforeTheReformLeadsToTheCommuneItBecame() {
        // crosswalk: Tỉnh Bắc Kạn, Huyện Ngân Sơn, 01954 Thị trấn Vân Tùng → 01954 Xã Ngân Sơn, Tỉnh Thái Nguyên.
        RegisterMatch m = register.commune("Thị trấn Vân Tùng", "tỉnh Bắc Kạn", "huyện Ngân Sơn", Y2026);
        assertThat(m.outcome()).isEqualTo(RegisterMatch.Outcome.FOUND_BY_OLD_NAME);
        assertThat(m.code()).isEqualTo("01954");
        assertThat(m.unit().fullName()).isEqualTo("Xã Ngân Sơn");
        assertThat(m.unit().province()).isEqualTo("Tỉnh Thái Nguyên");
        assertThat(m.unit().provinceCode()).isEqualTo("19");
        assertThat(m.oldName().fullName()).isEqualTo("Thị trấn Vân Tùng");
    }

    @Test
    void dataOfBeforeTheReformNameTheCommunesOfThenWithTheirDistrict() {
        // crosswalk: 01945 Xã Cốc Đán, Huyện Ngân Sơn, Tỉnh Bắc Kạn.
        RegisterMatch m = register.commune("Cốc Đán", null, "Ngân Sơn", Y2024);
        assertThat(m.outcome()).isEqualTo(RegisterMatch.Outcome.FOUND);
        assertThat(m.code()).isEqualTo("01945");
        assertThat(m.unit().district()).isEqualTo("Huyện Ngân Sơn");
        assertThat(m.unit().province()).isEqualTo("Tỉnh Bắc Kạn");
        assertThat(m.unit().parent().label()).isEqualTo("huyện Ngân Sơn");
    }

    @Test
    void aCommuneOf2025IsTodaysUnitWhenItsNameIsOne() {
        RegisterMatch m = register.commune("xã Ngân Sơn", null, null, Period.year(2025));
        assertThat(m.code()).isEqualTo("01954");
        assertThat(m.unit().parent().label()).isEqualTo("tỉnh Thái Nguyên");
        assertThat(m.unit().parent().code()).isEqualTo("19");
    }

    @Test
    void aMisspeltNameIsNotFoundAndTheClosestNamesAreOffered() {
        RegisterMatch m = register.commune("xã Ngân Sơnn", "Thái Nguyên", null, Y2026);
        assertThat(m.outcome()).isEqualTo(RegisterMatch.Outcome.NOT_FOUND);
        assertThat(m.closest()).first().isEqualTo("Xã Ngân Sơn (Tỉnh Thái Nguyên)");
    }

    @Test
    void aNamesakeInAnotherProvinceIsNotThisUnit() {
        // Ngân Sơn exists only in Thái Nguyên (units-2026.csv).
        RegisterMatch m = register.commune("Ngân Sơn", "Cà Mau", null, Y2026);
        assertThat(m.outcome()).isEqualTo(RegisterMatch.Outcome.NOT_FOUND);
    }

    @Test
    void recognisesProvincesOfTodayWithTheirCodeAndDistrictsOfBefore() {
        assertThat(register.province("TỈNH THÁI NGUYÊN"))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("19"));
        assertThat(register.province("tinh Bac Kan"))
                .hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("tỉnh Bắc Kạn"));
        assertThat(register.district("huyện Ngân Sơn", null))
                .hasValueSatisfying(d -> assertThat(d.province().label()).isEqualTo("tỉnh Bắc Kạn"));
    }
}
