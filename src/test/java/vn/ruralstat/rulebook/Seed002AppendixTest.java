package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NTM-2026-2030 against a verbatim copy of seed 002's appendix, read here by its own small
 * Markdown-table reader (not the loader): page breaks repeat the header, and a long cell wraps
 * onto a continuation row whose indicator cell does not start with a code.
 */
class Seed002AppendixTest {

    private static final Pattern INDICATOR = Pattern.compile("^(\\d+\\.\\d+)\\.\\s+(.*)$");

    /** One indicator row of the appendix with its continuation rows joined. */
    record SeedRow(String criterion, String code, String[] cells) {
        String name() {
            Matcher m = INDICATOR.matcher(cells[2]);
            return m.matches() ? m.group(2) : cells[2];
        }
    }

    private static final List<SeedRow> ROWS = new ArrayList<>();
    private static final Map<String, String> CRITERIA = new LinkedHashMap<>();
    private static Rulebook rulebook;

    @BeforeAll
    static void readAppendix() throws IOException {
        String text;
        try (InputStream in = Seed002AppendixTest.class.getResourceAsStream("/rulebook/seed-002-appendix.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String criterion = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) continue;
            String[] cells = line.strip().substring(1).split("\\|", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            if (cells[0].equals("TT") || cells[0].startsWith("--")) continue; // repeated header, separator
            Matcher m = INDICATOR.matcher(cells[2]);
            if (m.matches()) {
                if (!cells[0].isEmpty()) {
                    criterion = cells[0];
                    CRITERIA.put(criterion, cells[1]);
                }
                ROWS.add(new SeedRow(criterion, m.group(1), cells));
            } else {
                // a continuation row: each non-empty cell continues the cell above it
                SeedRow last = ROWS.get(ROWS.size() - 1);
                if (!cells[1].isEmpty()) CRITERIA.merge(last.criterion(), cells[1], (a, b) -> a + " " + b);
                for (int i = 2; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) last.cells()[i] = last.cells()[i] + " " + cells[i];
                }
            }
        }
        rulebook = TestRulebooks.national().byId("NTM-2026-2030").orElseThrow();
    }

    @Test
    void theAppendixListsFortySevenIndicatorsInTenCriteria() {
        assertThat(ROWS).hasSize(47);
        assertThat(CRITERIA).hasSize(10);
        assertThat(ROWS).extracting(SeedRow::code).doesNotHaveDuplicates();
    }

    @Test
    void theRulebookHoldsExactlyTheAppendixIndicatorsInOrder() {
        assertThat(rulebook.indicators())
                .extracting(Indicator::code)
                .containsExactlyElementsOf(ROWS.stream().map(SeedRow::code).toList());
        assertThat(rulebook.criteria())
                .extracting(Criterion::code, Criterion::nameVi)
                .containsExactlyElementsOf(CRITERIA.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                        .toList());
    }

    @Test
    void everyGroupOneTargetIsTheGeneralTargetColumnExactlyAsPublished() {
        for (SeedRow row : ROWS) {
            Target t = rulebook.indicator(row.code()).orElseThrow().targetFor("group-1");
            assertThat(t.publishedText()).as("target of %s", row.code()).isEqualTo(row.cells()[3]);
            assertThat(t.key()).isEqualTo("group-1");
            assertThat(t.confidence()).isEqualTo(Confidence.VERBATIM);
        }
    }

    @Test
    void everyIndicatorKeepsItsPublishedNameLeadOfficeAndPartnerOffices() {
        for (SeedRow row : ROWS) {
            Indicator i = rulebook.indicator(row.code()).orElseThrow();
            assertThat(i.nameVi()).as("name of %s", row.code()).isEqualTo(row.name());
            assertThat(i.criterionCode()).isEqualTo(row.criterion());
            assertThat(i.leadOffice()).as("lead office of %s", row.code()).isEqualTo(row.cells()[5]);
            assertThat(i.partnerOffices())
                    .as("partner offices of %s", row.code())
                    .isEqualTo(row.cells()[6]);
        }
    }

    @Test
    void joinsCellsThatWrapOntoAContinuationRow() {
        assertThat(rulebook.criterion("9").orElseThrow().nameVi())
                .isEqualTo("Xây dựng hệ thống chính trị và Hành chính công");
        assertThat(rulebook.indicator("8.2").orElseThrow().nameVi()).endsWith("nguyên liệu, nhiên liệu, phân bón");
        assertThat(rulebook.indicator("9.1").orElseThrow().nameVi())
                .endsWith("xếp loại hoàn thành tốt nhiệm vụ trở lên");
        assertThat(rulebook.indicator("9.1").orElseThrow().partnerOfficeList())
                .containsExactly("Các tổ chức chính trị - xã hội", "Văn phòng UBND");
    }

    @Test
    void everyPublishedGroupOneTargetIsUnderstood() {
        List<String> unreadable = rulebook.indicators().stream()
                .filter(i -> !i.targetFor("group-1").isKnown())
                .map(i -> i.code() + " '" + i.targetFor("group-1").publishedText() + "'")
                .toList();

        assertThat(unreadable)
                .as("indicators whose published target the parser cannot read")
                .isEmpty();
    }

    @Test
    void theGroupOneTargetsReadAsPublished() {
        Map<String, String> read = new LinkedHashMap<>();
        for (Indicator i : rulebook.indicators()) {
            Target t = i.targetFor("group-1");
            if (t.comparison() != Comparison.PASS_FAIL || t.level() != null) read.put(i.code(), t.displayVi());
        }
        // every other indicator is a plain "Đạt"
        assertThat(read)
                .containsExactly(
                        Map.entry("2.3", "Đạt (Tốt)"),
                        Map.entry("2.4", "≥99%"),
                        Map.entry("3.1", "9,5–12%/năm"),
                        Map.entry("3.3", "≥1 mô hình"),
                        Map.entry("3.7", "≥1"),
                        Map.entry("3.8", "≥60%"),
                        Map.entry("3.10", "≥1"),
                        Map.entry("4.1", "≥40%"),
                        Map.entry("6.1", "≤2%"),
                        Map.entry("6.2", "≥95%"),
                        Map.entry("7.4", "≥1 mô hình"),
                        Map.entry("8.2", "≥90%"),
                        Map.entry("8.3", "100%"));
    }

    @Test
    void groupsTwoAndThreeHaveNoVerifiedTargetAndSaySo() {
        for (Indicator i : rulebook.indicators()) {
            for (String key : List.of("group-2", "group-3")) {
                Verdict v = IndicatorEvaluator.evaluate(i, key, IndicatorValue.parse("Đạt"));
                assertThat(v.status()).isEqualTo(Status.NOT_ASSESSABLE);
                assertThat(v.cause()).isEqualTo(Verdict.Cause.TARGET_UNKNOWN);
                assertThat(v.reasonEn()).contains("no target in the rulebook for " + key);
            }
        }
    }
}
