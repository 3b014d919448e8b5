package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class LegacyTextVisitorTest {

    private final Downstream downstream = new Downstream();
    private final List<String> heard = new ArrayList<>();
    private final LegacyTextVisitor visitor = new LegacyTextVisitor(downstream, new LegacyTextVisitor.Listener() {
        @Override
        public void sheetDecoded(String sheet, LegacyEncoding encoding, int cellsConverted) {
            heard.add("decoded " + sheet + " " + encoding + " " + cellsConverted);
        }

        @Override
        public void sheetUnsure(String sheet, String note, int firstRow) {
            heard.add("unsure " + sheet + " row " + firstRow + ": " + note);
        }
    });

    @Test
    void convertsNamesOfATcvn3SheetButLeavesNumbers() {
        visitor.startSheet("Biểu 1", false);
        visitor.row(row(1, text(0, "DANH S¸CH Hé NGHÌO N¡M 2025")));
        visitor.row(row(3, text(0, "STT"), text(1, "Tªn th«n"), text(2, "Tæng sè hé"), text(3, "Hé nghÌo")));
        visitor.row(row(4, number(0, 1), text(1, "Th«n §«ng"), number(2, 120), number(3, 8)));
        visitor.row(row(5, number(0, 2), text(1, "Th«n T©n LËp"), number(2, 95), number(3, 5)));
        visitor.row(row(6, text(1, "Tæng céng"), number(2, 215), number(3, 13)));
        visitor.endSheet();

        Downstream.Sheet sheet = only();
        // TCVN3 has no toned capitals; an all-capitals title is restored to capitals whole
        assertThat(sheet.row(1).text(0)).isEqualTo("DANH SÁCH HỘ NGHÈO NĂM 2025");
        assertThat(sheet.row(3).cells())
                .containsExactly(text(0, "STT"), text(1, "Tên thôn"), text(2, "Tổng số hộ"), text(3, "Hộ nghèo"));
        assertThat(sheet.row(4).cells())
                .containsExactly(number(0, 1), text(1, "Thôn Đông"), number(2, 120), number(3, 8));
        assertThat(sheet.row(5).text(1)).isEqualTo("Thôn Tân Lập");
        assertThat(sheet.row(6).cells()).containsExactly(text(1, "Tổng cộng"), number(2, 215), number(3, 13));
        assertThat(sheet.rowNumbers()).containsExactly(1, 3, 4, 5, 6);
        assertThat(heard).containsExactly("decoded Biểu 1 TCVN3 7");
    }

    @Test
    void convertsRowsAfterTheEvidenceWindowWithTheSameEncoding() {
        visitor.startSheet("Thon", false);
        for (int r = 1; r <= 120; r++) visitor.row(row(r, text(0, "Th«n T©n LËp " + r), number(1, r)));
        visitor.endSheet();

        Downstream.Sheet sheet = only();
        assertThat(sheet.rows()).hasSize(120);
        assertThat(sheet.row(1).text(0)).isEqualTo("Thôn Tân Lập 1");
        assertThat(sheet.row(120).cells()).containsExactly(text(0, "Thôn Tân Lập 120"), number(1, 120));
        assertThat(heard).containsExactly("decoded Thon TCVN3 120");
    }

    @Test
    void holdsBackAtMostFiftyRows() {
        visitor.startSheet("Thon", false);
        for (int r = 1; r < LegacyTextVisitor.EVIDENCE_ROWS; r++) visitor.row(row(r, text(0, "Th«n " + r)));
        assertThat(downstream.rowsSoFar()).isZero();

        visitor.row(row(LegacyTextVisitor.EVIDENCE_ROWS, text(0, "B¶n Khuæi DiÔn")));
        assertThat(downstream.rowsSoFar()).isEqualTo(LegacyTextVisitor.EVIDENCE_ROWS);

        visitor.row(row(51, text(0, "Th«n §«ng")));
        assertThat(downstream.rowsSoFar()).isEqualTo(51);
    }

    @Test
    void passesUnicodeSheetsThroughWithoutAWord() {
        visitor.startSheet("Unicode", false);
        SheetRow title = row(1, text(0, "Danh sách hộ nghèo"));
        SheetRow data = row(2, text(0, "Thôn Tân Lập"), text(1, "m²"), number(2, 95));
        visitor.row(title);
        visitor.row(data);
        visitor.endSheet();

        assertThat(only().rows()).containsExactly(title, data);
        assertThat(heard).isEmpty();
    }

    @Test
    void reportsASheetItCannotDecideWithTheRowWhereDoubtBegins() {
        visitor.startSheet("Ngan", false);
        visitor.row(row(1, text(0, "STT"), text(1, "Ten thon")));
        visitor.row(row(2, number(0, 1), text(1, "Hµ")));
        visitor.row(row(3, number(0, 2), text(1, "Hµ")));
        visitor.endSheet();

        assertThat(only().row(2).text(1)).isEqualTo("Hµ");
        assertThat(heard).singleElement().asString().startsWith("unsure Ngan row 2: kept as written; it may be");
    }

    @Test
    void decidesEachSheetOnItsOwn() {
        visitor.startSheet("TCVN3", false);
        visitor.row(row(1, text(0, "Th«n T©n LËp"), text(1, "B¶n Khuæi DiÔn")));
        visitor.endSheet();
        visitor.startSheet("VNI", false);
        visitor.row(row(1, text(0, "Thoân Taân Laäp"), text(1, "Baûn Khuoåi Dieãn")));
        visitor.endSheet();

        assertThat(downstream.sheets())
                .extracting(s -> s.row(1).text(0), s -> s.row(1).text(1))
                .containsExactly(
                        Tuple.tuple("Thôn Tân Lập", "Bản Khuổi Diễn"), Tuple.tuple("Thôn Tân Lập", "Bản Khuổi Diễn"));
        assertThat(heard).containsExactly("decoded TCVN3 TCVN3 2", "decoded VNI VNI 2");
    }

    /** What the wrapped visitor received, including rows of a sheet not yet ended. */
    private static final class Downstream implements SheetVisitor {

        record Sheet(String name, List<SheetRow> rows) {

            SheetRow row(int number) {
                return rows.stream()
                        .filter(r -> r.number() == number)
                        .findFirst()
                        .orElseThrow();
            }

            List<Integer> rowNumbers() {
                return rows.stream().map(SheetRow::number).toList();
            }
        }

        private final List<Sheet> sheets = new ArrayList<>();
        private List<SheetRow> rows = new ArrayList<>();

        @Override
        public void startSheet(String name, boolean hidden) {
            rows = new ArrayList<>();
            sheets.add(new Sheet(name, rows));
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
        }

        @Override
        public void endSheet() {}

        List<Sheet> sheets() {
            return sheets;
        }

        int rowsSoFar() {
            return rows.size();
        }
    }

    private Downstream.Sheet only() {
        assertThat(downstream.sheets()).hasSize(1);
        return downstream.sheets().get(0);
    }

    private static SheetRow row(int number, Cell... cells) {
        return new SheetRow(number, List.of(cells), false);
    }

    private static Cell text(int column, String text) {
        return Cell.text(column, text);
    }

    private static Cell number(int column, double value) {
        return Cell.number(column, value, false);
    }
}
