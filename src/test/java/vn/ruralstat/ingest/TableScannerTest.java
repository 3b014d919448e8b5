package vn.ruralstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ruralstat.ingest.Rows.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.criteria.CommuneTargetReader;
import vn.ruralstat.criteria.CriteriaMatrixReader;
import vn.ruralstat.dataset.ReportedValue;
import vn.ruralstat.dataset.RowCounts;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.poverty.PovertyTableReader;
import vn.ruralstat.poverty.VillagePoverty;
import vn.ruralstat.rulebook.TestRulebooks;
import vn.ruralstat.sheet.SheetRow;

class TableScannerTest {

    private final RecordingSink sink = new RecordingSink();

    private TableScanner scanner(String file) {
        return new TableScanner(
                List.of(
                        new PovertyTableReader(),
                        new CriteriaMatrixReader(TestRulebooks.national()),
                        new CommuneTargetReader()),
                new TableUnitResolver(),
                sink,
                SourceRef.file(file));
    }

    private RowCounts scan(String file, List<SheetRow> rows) {
        TableScanner scanner = scanner(file);
        scanner.startSheet("Sheet1", false);
        rows.forEach(scanner::row);
        scanner.endSheet();
        return scanner.counts();
    }

    /** Seed 003's appendix layout: title rows, a three-row header with merged cells, a code row. */
    private static List<SheetRow> povertyTable(Object[]... villages) {
        List<SheetRow> rows = new java.util.ArrayList<>(List.of(
                row(1, "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN"),
                row(2, "KẾ HOẠCH PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO VÀ HỘ CẬN NGHÈO NĂM 2026"),
                row(3, "(Kèm theo Kế hoạch số /KH-UBND ngày tháng 5 năm 2026 của UBND xã)"),
                row(4),
                row(
                        5,
                        "STT",
                        "Xã, phường",
                        "Tổng số hộ dân cuối năm 2025",
                        "Kết quả rà soát cuối năm 2025",
                        null,
                        null,
                        null,
                        "Kế hoạch giảm 2026"),
                row(6, null, null, null, "Hộ nghèo", null, "Hộ cận nghèo", null, "Hộ nghèo", null, "Hộ cận nghèo"),
                row(
                        7,
                        null,
                        null,
                        null,
                        "Hộ",
                        "Tỷ lệ (%)",
                        "Hộ",
                        "Tỷ lệ (%)",
                        "Tỷ lệ giảm (%)",
                        "Số hộ giảm (hộ)",
                        "Tỷ lệ giảm (%)",
                        "Số hộ giảm (hộ)"),
                row(8, "A", "B", "1", "2", "3=2/1*100", "4", "5=4/1*100", "6", "7", "8", "9")));
        int n = 9;
        for (Object[] v : villages) rows.add(row(n++, v));
        return rows;
    }

    @Test
    void findsPovertyTableBelowTitleRowsWithThreeRowMergedHeader() {
        RowCounts counts = scan(
                "ngan-son.xlsx",
                povertyTable(
                        new Object[] {1, "KHUỔI DIỄN", 350, 41, "11,71", 12, "3,43", "0,57", 2, "0,29", 1},
                        new Object[] {2, "HỢP TIẾN I", 200, 1, "0,5", 0, "0", null, null, null, null},
                        new Object[] {null, "Cộng", 550, 42, "7,64", 12, "2,18", "0,36", 2, "0,18", 1}));

        assertThat(sink.tables).singleElement().satisfies(t -> {
            assertThat(t.dataset()).isEqualTo(PovertyTableReader.DATASET);
            assertThat(t.columns().describe())
                    .isEqualTo(
                            "name=B;households=C;poor=D;poor_rate=E;near_poor=F;"
                                    + "near_poor_rate=G;planned_poor_rate=H;planned_poor=I;planned_near_poor_rate=J;planned_near_poor=K");
            assertThat(t.unit().describe()).isEqualTo("xã Ngân Sơn");
            assertThat(t.period())
                    .as("the review year of the header, not the plan year of the title")
                    .isEqualTo("2025");
        });
        assertThat(sink.used).hasSize(2);
        VillagePoverty first = (VillagePoverty) sink.used.get(0);
        assertThat(first.name()).isEqualTo("KHUỔI DIỄN");
        assertThat(first.figures().households()).isEqualTo(350);
        assertThat(first.figures().poor()).isEqualTo(41);
        assertThat(first.reportedPoorRate()).isEqualTo(11.71);
        assertThat(first.planned().poorHouseholds()).isEqualTo(2);
        assertThat(first.source().cell()).isEqualTo("B9");
        assertThat(sink.reported)
                .extracting(ReportedValue::field, ReportedValue::value, ReportedValue::cell)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("households", 550.0, "C11"),
                        org.assertj.core.groups.Tuple.tuple("poor_rate", 7.64, "E11"));
        assertThat(counts.read()).isEqualTo(11);
        assertThat(counts.used()).isEqualTo(2);
        assertThat(counts.other())
                .as("4 title/blank, 3 header, 1 code, 1 totals")
                .isEqualTo(9);
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void rejectsVillageWithoutTotalHouseholdsAndSaysWhere() {
        RowCounts counts = scan(
                "ngan-son.csv",
                povertyTable(new Object[] {1, "KHUỔI DIỄN", null, 41, null, null, null, "0,02", 6, "0,01", 3}));

        assertThat(sink.used).isEmpty();
        assertThat(sink.rejected).containsExactly("9: Total households missing in cell C9");
        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void rejectsCountThatIsNotANumberWithAFindingOnItsCell() {
        scan("ngan-son.csv", povertyTable(new Object[] {1, "KHUỔI DIỄN", "ba trăm", 41}));

        assertThat(sink.rejected).hasSize(1);
        assertThat(sink.findings).first().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.VALUE_NOT_NUMERIC);
            assertThat(f.source().cell()).isEqualTo("C9");
            assertThat(f.key()).isEqualTo("VALUE_NOT_NUMERIC.count");
            assertThat(f.arguments()).startsWith("C9").contains("ba trăm");
        });
        // The cell says what is wrong; the village's name says the row was left out.
        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.VALUE_NOT_NUMERIC, "C9"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.ROW_REJECTED, "B9"));
    }

    @Test
    void rejectsNegativeAndFractionalCounts() {
        // 432,5 cannot be a rate (above 100): a count with decimals.
        scan("ngan-son.csv", povertyTable(new Object[] {1, "A", 1000, -3}, new Object[] {2, "B", 1000, "432,5"}));

        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.VALUE_NEGATIVE, "D9"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.ROW_REJECTED, "B9"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.VALUE_NOT_WHOLE, "D10"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.ROW_REJECTED, "B10"));
        assertThat(sink.rejected).hasSize(2);
    }

    @Test
    void rejectsAPercentageTypedIntoACountColumn() {
        scan("ngan-son.csv", povertyTable(new Object[] {1, "A", "12%", 3}));

        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.PERCENT_IN_COUNT_COLUMN, "C9"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.ROW_REJECTED, "B9"));
        assertThat(sink.rejected).hasSize(1);
    }

    @Test
    void rejectsARateWithDecimalsTypedIntoACountColumn() {
        // "12,5" where the poor households belong: a number with decimals within 0-100 reads as a rate.
        scan("ngan-son.csv", povertyTable(new Object[] {1, "A", 350, "12,5"}));

        assertThat(sink.findings)
                .filteredOn(f -> f.code() != FindingCode.ROW_REJECTED)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.PERCENT_IN_COUNT_COLUMN);
                    assertThat(f.key()).isEqualTo("PERCENT_IN_COUNT_COLUMN.decimal");
                    assertThat(f.source().cell()).isEqualTo("D9");
                });
        assertThat(sink.rejected).hasSize(1);
    }

    @Test
    void flagsARateOutsideZeroToHundredThatIsNoCount() {
        // -3 and 104,5 are rates out of range; neither can be a household count typed into the rate column.
        scan("ngan-son.csv", povertyTable(new Object[] {1, "A", 350, 41, -3}, new Object[] {2, "B", 350, 41, "104,5"}));

        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.RATE_OUT_OF_RANGE, "E9"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.RATE_OUT_OF_RANGE, "E10"));
        assertThat(((VillagePoverty) sink.used.get(0)).reportedPoorRate()).isNull();
    }

    @Test
    void flagsACountTypedIntoARateColumnAndDoesNotUseIt() {
        scan("ngan-son.csv", povertyTable(new Object[] {1, "A", 350, 41, 341}));

        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.COUNT_IN_PERCENT_COLUMN, "E9"));
        assertThat(((VillagePoverty) sink.used.get(0)).reportedPoorRate()).isNull();
    }

    @Test
    void readsHiddenRowsAndHiddenSheetsAndSaysSo() {
        TableScanner scanner = scanner("an.xlsx");
        scanner.startSheet("Ẩn", true);
        List<SheetRow> rows =
                new java.util.ArrayList<>(povertyTable(new Object[] {1, "A", 100, 3}, new Object[] {2, "B", 100, 4}));
        SheetRow last = rows.remove(rows.size() - 1);
        rows.add(new SheetRow(last.number(), last.cells(), true));
        rows.forEach(scanner::row);
        scanner.endSheet();

        assertThat(sink.used).hasSize(2);
        assertThat(sink.findings)
                .extracting(f -> f.code())
                .containsExactly(FindingCode.HIDDEN_SHEET_READ, FindingCode.HIDDEN_ROWS_READ);
        assertThat(sink.findings.get(1).key()).isEqualTo("HIDDEN_ROWS_READ");
        assertThat((String) sink.findings.get(1).arguments().get(1)).startsWith("10");
    }

    @Test
    void saysWhenATotalsCellHoldsAnErrorOrAFormulaWithoutValue() {
        List<SheetRow> rows = new java.util.ArrayList<>(povertyTable(new Object[] {1, "A", 100, 3}));
        rows.add(new SheetRow(
                10,
                List.of(
                        vn.ruralstat.sheet.Cell.text(1, "Cộng"),
                        new vn.ruralstat.sheet.Cell(
                                2, vn.ruralstat.sheet.Cell.Kind.FORMULA_WITHOUT_VALUE, "SUM(C9:C9)", null, false),
                        new vn.ruralstat.sheet.Cell(3, vn.ruralstat.sheet.Cell.Kind.ERROR, "#N/A", null, false)),
                false));
        scan("ngan-son.xlsx", rows);

        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.TOTAL_CELL_UNREADABLE, "C10"),
                        org.assertj.core.groups.Tuple.tuple(FindingCode.TOTAL_CELL_UNREADABLE, "D10"));
    }

    @Test
    void usesOnlyTheFirstRowOfAVillageWrittenTwice() {
        RowCounts counts = scan(
                "ngan-son.csv",
                povertyTable(new Object[] {1, "Thôn Tân Lập", 100, 3}, new Object[] {2, "TÂN LẬP", 120, 4}));

        assertThat(sink.used).hasSize(1);
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DUPLICATE_UNIT);
            assertThat(f.source().cell()).isEqualTo("B10");
        });
        assertThat(counts.rejected()).isEqualTo(1);
    }

    @Test
    void takesTheCommuneFromTheFolderWhenTheTitleDoesNotNameIt() {
        List<SheetRow> rows = new java.util.ArrayList<>(povertyTable(new Object[] {1, "A", 100, 3}));
        rows.set(0, row(1, "BIỂU TỔNG HỢP"));
        scan("xa-phuc-sen/bieu-2025.csv", rows);

        assertThat(sink.tables.get(0).unit().describe()).isEqualTo("xã Phuc Sen");
    }

    @Test
    void keepsTheTitleBlockOutOfTheHeaderAndEndsTheTableAtTheSignatureBlock() {
        // No blank row anywhere: the title block, "Số" and date, the title and the header touch.
        scan(
                "bao-cao.xlsx",
                List.of(
                        row(1, "UBND TỈNH THÁI NGUYÊN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                        row(2, "UBND XÃ NGÂN SƠN", null, null, "Độc lập - Tự do - Hạnh phúc"),
                        row(3, "Số: 12/BC-UBND", null, null, "Ngân Sơn, ngày 05 tháng 01 năm 2026"),
                        row(4, "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025"),
                        row(5, "STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(6, 1, "Nà Phặc", 120, 12, 6),
                        row(7, 2, "Bản Lạn", 80, 4, 2),
                        row(8, null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"),
                        row(9, null, "(Ký, họ tên)", null, "CHỦ TỊCH"),
                        row(10, null, "Trần Thị Bình", null, "Nguyễn Văn An")));

        assertThat(sink.tables).singleElement().satisfies(t -> {
            assertThat(t.header().firstRow()).isEqualTo(5);
            assertThat(t.header().labels()).startsWith("STT", "Tên thôn");
            assertThat(t.unit().describe()).isEqualTo("xã Ngân Sơn");
            assertThat(t.parent().describe()).isEqualTo("tỉnh Thái Nguyên");
            assertThat(t.period()).isEqualTo("2025");
        });
        assertThat(sink.used(VillagePoverty.class))
                .extracting(VillagePoverty::name)
                .containsExactly("Nà Phặc", "Bản Lạn");
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void saysWhenTheUnitAndThePeriodWereTakenFromTheFileName() {
        List<SheetRow> rows = new java.util.ArrayList<>(povertyTable(new Object[] {1, "A", 100, 3}));
        rows.set(0, row(1, "BIỂU TỔNG HỢP"));
        scan("xa-phuc-sen/bieu.csv", rows);

        assertThat(sink.findings).extracting(f -> f.code()).contains(FindingCode.UNIT_FROM_FILE_NAME);
    }

    @Test
    void reportsATableWhoseUnitNobodyNamed() {
        List<SheetRow> rows = new java.util.ArrayList<>(povertyTable(new Object[] {1, "A", 100, 3}));
        rows.set(0, row(1, "BIỂU TỔNG HỢP"));
        scan("bieu.csv", rows);

        assertThat(sink.findings).extracting(f -> f.code()).contains(FindingCode.UNIT_UNKNOWN);
    }

    @Test
    void reportsASheetWithoutARecognisableTable() {
        RowCounts counts = scan(
                "notes.xlsx",
                List.of(
                        row(1, "Danh sách cán bộ"),
                        row(2, "Họ tên", "Chức vụ"),
                        row(3, "Nguyễn Văn A", "Trưởng thôn")));

        assertThat(sink.tables).isEmpty();
        assertThat(sink.findings).extracting(f -> f.code()).containsExactly(FindingCode.SHEET_NO_TABLE);
        assertThat(counts.other()).isEqualTo(3);
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void readsBothTablesOfSeed004AsPublished() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("src/test/resources/seeds/seed-004-appendix.txt"), StandardCharsets.UTF_8);
        List<SheetRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) rows.add(Rows.tabbed(i + 1, lines.get(i)));

        RowCounts counts = scan("quang-hoa.txt", rows);

        assertThat(sink.tables)
                .extracting(TableInfo::dataset)
                .containsExactly(CommuneTargetReader.DATASET, CriteriaMatrixReader.DATASET);
        assertThat(sink.tables).allSatisfy(t -> assertThat(t.unit().describe()).isEqualTo("huyện Quảng Hòa"));
        assertThat(sink.tables).extracting(TableInfo::period).containsExactly("2021-2025", "2022-2025");
        List<CommuneTarget> targets = sink.used.stream()
                .filter(CommuneTarget.class::isInstance)
                .map(CommuneTarget.class::cast)
                .toList();
        List<CommuneCriteria> communes = sink.used.stream()
                .filter(CommuneCriteria.class::isInstance)
                .map(CommuneCriteria.class::cast)
                .toList();
        assertThat(targets).hasSize(16);
        assertThat(targets.get(0).ntmText()).isEqualTo("Duy trì xã NTM");
        assertThat(targets.get(1))
                .extracting(
                        CommuneTarget::commune,
                        CommuneTarget::ntmYear,
                        CommuneTarget::advancedYear,
                        CommuneTarget::modelYear)
                .containsExactly("Phúc Sen", 2023, 2024, 2025);
        assertThat(communes).hasSize(16);
        // Đại Sơn: 9 "x" in criteria 1-9, then x in 12, 14, 16, 18, 19 = 14, as its column C says.
        assertThat(communes.get(0).metCount())
                .isEqualTo(14)
                .isEqualTo(communes.get(0).reportedMet());
        assertThat(communes.stream().mapToInt(CommuneCriteria::metCount).sum()).isEqualTo(183);
        assertThat(sink.reported)
                .filteredOn(v -> v.kind() == ReportedValue.RowKind.TOTAL)
                .extracting(ReportedValue::field)
                .startsWith("met", "c1", "c2");
        assertThat(sink.reported)
                .filteredOn(v -> v.kind() == ReportedValue.RowKind.AVERAGE)
                .extracting(ReportedValue::value)
                .containsExactly(11.4);
        assertThat(sink.reported)
                .filteredOn(v -> v.kind() == ReportedValue.RowKind.NOTE)
                .extracting(ReportedValue::field, ReportedValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("planned_2022", 29.0),
                        org.assertj.core.groups.Tuple.tuple("planned_2023", 32.0),
                        org.assertj.core.groups.Tuple.tuple("planned_2024", 31.0),
                        org.assertj.core.groups.Tuple.tuple("planned_2025", 30.0));
        assertThat(counts.rejected()).isZero();
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void rejectsTheDamagedRowsOfSeed003WithAReasonEach() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("src/test/resources/seeds/seed-003-appendix.txt"), StandardCharsets.UTF_8);
        List<SheetRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) rows.add(Rows.tabbed(i + 1, lines.get(i)));

        RowCounts counts = scan("ngan-son.txt", rows);

        // The extraction lost column 1 (total households) on all 27 village rows.
        assertThat(sink.tables).singleElement().extracting(TableInfo::dataset).isEqualTo(PovertyTableReader.DATASET);
        assertThat(counts.used()).isZero();
        assertThat(counts.rejected()).isEqualTo(27);
        assertThat(sink.rejected).allSatisfy(r -> assertThat(r).contains("Total households missing"));
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void reportsEveryRejectedRowWithAFindingOnTheCellAtFault() {
        RowCounts counts = scan(
                "ngan-son.csv",
                povertyTable(
                        new Object[] {1, null, 120, 12},
                        new Object[] {2, "Nà Phặc", null, 12},
                        new Object[] {3, "Bản Lạn", 80, null},
                        new Object[] {4, "Khuổi Mạ", 200, 10}));

        assertThat(counts.used()).isEqualTo(1);
        assertThat(counts.rejected()).isEqualTo(3);
        // Row 9 has figures but no name; row 10 no total households; row 11 no poor households.
        assertThat(sink.findings)
                .filteredOn(f -> f.code() == FindingCode.ROW_REJECTED)
                .extracting(f -> f.source().cell())
                .containsExactly("B9", "C10", "D11");
        assertThat(sink.findings)
                .filteredOn(f -> f.source().cell().equals("B9"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageVi()).isEqualTo("Dòng 9 không được dùng: Thiếu tên thôn ở ô B9."));
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void leavesAPreNumberedEmptyLineOfTheFormWithoutAFinding() {
        RowCounts counts = scan(
                "ngan-son.csv", povertyTable(new Object[] {1, "Nà Phặc", 120, 12}, new Object[] {2}, new Object[] {3}));

        assertThat(counts.used()).isEqualTo(1);
        assertThat(counts.rejected()).isZero();
        assertThat(sink.findings).isEmpty();
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void countsTwoVillagesWhoseNamesDifferOnlyInToneMarksAndWarnsNamingBoth() {
        RowCounts counts = scan(
                "ngan-son.csv", povertyTable(new Object[] {1, "NÀ HIN", 100, 3}, new Object[] {2, "NÀ HÌN", 120, 4}));

        assertThat(sink.used(VillagePoverty.class))
                .extracting(VillagePoverty::name)
                .containsExactly("NÀ HIN", "NÀ HÌN");
        assertThat(counts.rejected()).isZero();
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNIT_NEAR_MATCH);
            assertThat(f.severity()).isEqualTo(vn.ruralstat.finding.Severity.WARNING);
            assertThat(f.source().cell()).isEqualTo("B10");
            assertThat(f.arguments()).containsExactly("NÀ HÌN", "B10", "NÀ HIN", "B9");
        });
    }

    @Test
    void keepsNamesThatLookLikeFormulasApart() {
        scan("ngan-son.csv", povertyTable(new Object[] {1, "=1+1", 100, 3}, new Object[] {2, "-1+1", 120, 4}));

        assertThat(sink.used(VillagePoverty.class))
                .extracting(VillagePoverty::name)
                .containsExactly("=1+1", "-1+1");
        assertThat(sink.findings).extracting(f -> f.code()).containsExactly(FindingCode.UNIT_NEAR_MATCH);
    }

    @Test
    void doesNotTakeNamesakeVillagesOfTwoCommunesForARepeat() {
        scan(
                "huyen-ngan-son.csv",
                List.of(
                        row(1, "TỔNG HỢP HỘ NGHÈO HUYỆN NGÂN SƠN NĂM 2025"),
                        row(2, "STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(3, "I", "Xã Vân Tùng"),
                        row(4, 1, "Nà Kha", 100, 5, 2),
                        row(5, "II", "Xã Cốc Đán"),
                        row(6, 1, "Nà Kha", 60, 3, 1),
                        row(7, 2, "Nà Kha", 60, 3, 1)));

        assertThat(sink.used).hasSize(2);
        assertThat(sink.findings)
                .extracting(f -> f.code(), f -> f.source().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.DUPLICATE_UNIT, "B7"));
    }

    @Test
    void reportsFiguresLeftBelowTheNotesOfATable() {
        RowCounts counts = scan(
                "ngan-son.csv",
                List.of(
                        row(1, "BIỂU HỘ NGHÈO XÃ NGÂN SƠN NĂM 2025"),
                        row(2, "STT", "Tên thôn", "Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo"),
                        row(3, 1, "Nà Phặc", 120, 12, 6),
                        row(4, "Ghi chú: thôn Bản Lạn gửi sau"),
                        row(5, 2, "Bản Lạn", 80, 4, 2)));

        assertThat(counts.used()).isEqualTo(1);
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ROWS_OUTSIDE_TABLE);
            assertThat(f.source().cell()).isEqualTo("A5");
            assertThat(f.arguments()).containsExactly("Sheet1", "1", "5");
        });
        assertThat(counts.balances()).isTrue();
    }

    @Test
    void saysWhenARejectedCountLiesUnderAMergedCell() {
        TableScanner scanner = scanner("ngan-son.xlsx");
        scanner.startSheet("Sheet1", false);
        scanner.mergedCells("Sheet1", List.of("C9:C10"));
        povertyTable(new Object[] {1, "Khuổi Mạ", 200, 10}, new Object[] {2, "Khuổi Hẻo", null, 8})
                .forEach(scanner::row);
        scanner.endSheet();

        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ROW_REJECTED);
            assertThat(f.source().cell()).isEqualTo("C10");
            assertThat(f.messageVi())
                    .isEqualTo("Dòng 10 không được dùng: Thiếu tổng số hộ ở ô C10. Ô C10 thuộc vùng ô gộp C9:C10, nên"
                            + " số ghi ở đó chỉ được tính cho ô đầu C9; hãy bỏ gộp ô và ghi số của từng dòng.");
        });
    }
}
