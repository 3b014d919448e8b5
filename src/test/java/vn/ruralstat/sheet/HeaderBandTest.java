package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderBandTest {

    private static SheetRow row(int n, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) cells.add(Cell.text(c, texts[c]));
        }
        return new SheetRow(n, cells, false);
    }

    @Test
    void spreadsAMergedGroupHeaderOverTheColumnsBelowIt() {
        HeaderBand header = HeaderBand.compose(
                List.of(
                        row(5, "STT", "Thôn", "Tổng số hộ", "Hộ nghèo", null, "Ghi chú"),
                        row(6, null, null, null, "Hộ", "Tỷ lệ (%)")),
                null);

        assertThat(header.labels())
                .containsExactly("STT", "Thôn", "Tổng số hộ", "Hộ nghèo / Hộ", "Hộ nghèo / Tỷ lệ (%)", "Ghi chú");
        assertThat(header.folded().get(4)).isEqualTo("ho ngheo ty le");
    }

    @Test
    void keepsTheCodeUnderEachColumn() {
        SheetRow codes = row(7, "A", "B", "1", "2", "3=2/1*100");
        HeaderBand header = HeaderBand.compose(List.of(row(5, "STT", "Thôn", "Tổng", "Hộ nghèo", "Tỷ lệ")), codes);

        assertThat(header.codeAt(4)).isEqualTo("3");
        assertThat(header.codeAt(1)).isEqualTo("B");
        assertThat(CodeRow.matches(codes)).isTrue();
    }

    @Test
    void doesNotTakeADataRowForACodeRow() {
        assertThat(CodeRow.matches(row(9, "1", "Đại Sơn", "14", "x", "x"))).isFalse();
        List<Cell> numbers = List.of(Cell.number(0, 1, false), Cell.number(1, 350, false), Cell.number(2, 41, false));
        assertThat(CodeRow.matches(new SheetRow(9, numbers, false))).isFalse();
    }
}
