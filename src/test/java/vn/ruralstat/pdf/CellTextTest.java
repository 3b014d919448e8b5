package vn.ruralstat.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.output.WorkbookStyles.Kind;

class CellTextTest {

    /** The workbook's formats ("#,##0", "0.00", "0.0"), written the Vietnamese way: "." groups, "," decimals. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14386   | INTEGER  | 14.386",
                "4.3216  | PERCENT  | 4,32",
                "12.5    | PERCENT  | 12,50",
                "11.4375 | DECIMAL1 | 11,4",
                "2024    | YEAR     | 2024",
                "7       | ORDINAL  | 7"
            })
    void printsNumbersVietnameseStyle(double value, Kind kind, String printed) {
        assertThat(CellText.of(value, kind)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"Thôn Nà Lẹng, TEXT", "x, CENTERED"})
    void printsTextAsWritten(String text, Kind kind) {
        assertThat(CellText.of(text, kind)).isEqualTo(text);
    }
}
