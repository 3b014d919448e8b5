package vn.ruralstat.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void showsTerminalEscapesBellTabsAndLineBreaksAsCodePoints() {
        assertThat(VisibleText.line("bieu\u001b[31m\n\t\u0007.xlsx"))
                .isEqualTo("bieu<U+001B>[31m<U+000A><U+0009><U+0007>.xlsx");
    }

    @Test
    void showsARightToLeftOverrideThatWouldTurnANameAround() {
        assertThat(VisibleText.line("bieu\u202Exslx.exe")).isEqualTo("bieu<U+202E>xslx.exe");
    }

    @Test
    void leavesVietnameseTextAsItIs() {
        String name = "Thôn Nà Hìn/biểu hộ nghèo 2025.xlsx";
        assertThat(VisibleText.line(name)).isSameAs(name);
    }

    @Test
    void aWorkbookCellKeepsItsLineBreaksButNothingElse() {
        assertThat(VisibleText.cell("Hộ nghèo\n(hộ)\u001b")).isEqualTo("Hộ nghèo\n(hộ)<U+001B>");
    }

    @Test
    void everyRenderedSentenceShowsTheControlCharactersOfItsArguments() {
        Message wrote = Message.of("console.wrote", "ra/bieu\u001b[2J\n.xlsx");

        assertThat(wrote.vi()).contains("ra/bieu<U+001B>[2J<U+000A>.xlsx").doesNotContain("\u001b", "\n");
        assertThat(wrote.en()).contains("ra/bieu<U+001B>[2J<U+000A>.xlsx");
    }
}
