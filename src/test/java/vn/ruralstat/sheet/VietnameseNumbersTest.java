package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ruralstat.sheet.ParsedNumber.Status;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "\"{0}\" in a {1} column reads as {2} ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # written      | column  | value     | status
            4,32           | PERCENT | 4.32      | NUMBER
            4,32           | DECIMAL | 4.32      | NUMBER
            0,5            | PERCENT | 0.5       | NUMBER
            4.32           | PERCENT | 4.32      | NUMBER
            14.386         | COUNT   | 14386     | NUMBER
            1.234.567      | COUNT   | 1234567   | NUMBER
            1.234.567      | DECIMAL | 1234567   | NUMBER
            1.234,5        | DECIMAL | 1234.5    | NUMBER
            1,234.5        | DECIMAL | 1234.5    | NUMBER
            1.234,567      | DECIMAL | 1234.567  | NUMBER
            1,234,567      | COUNT   | 1234567   | NUMBER
            1,502          | COUNT   | 1502      | AMBIGUOUS
            14,386         | COUNT   | 14386     | AMBIGUOUS
            1,502          | PERCENT | 1.502     | AMBIGUOUS
            1,502          | DECIMAL | 1.502     | AMBIGUOUS
            14.386         | PERCENT | 14.386    | AMBIGUOUS
            14.386         | DECIMAL | 14.386    | AMBIGUOUS
            0,500          | COUNT   | 0.5       | NUMBER
            1234,567       | COUNT   | 1234.567  | NUMBER
            14 386         | COUNT   | 14386     | NUMBER
            1 234 567,5    | DECIMAL | 1234567.5 | NUMBER
            4,32%          | PERCENT | 4.32      | NUMBER
            4,32 %         | PERCENT | 4.32      | NUMBER
            100%           | PERCENT | 100       | NUMBER
            120.           | COUNT   | 120       | NUMBER
            14.386.        | COUNT   | 14386     | NUMBER
            '  36 '        | COUNT   | 36        | NUMBER
            -5             | DECIMAL | -5        | NUMBER
            -1.234,5       | DECIMAL | -1234.5   | NUMBER
            -1,502         | COUNT   | -1502     | AMBIGUOUS
            -              | COUNT   | 0         | DASH
            –              | COUNT   | 0         | DASH
            —              | PERCENT | 0         | DASH
            2024           | YEAR    | 2024      | NUMBER
            năm 2024       | YEAR    | 2024      | NUMBER
            Năm 2024       | YEAR    | 2024      | NUMBER
            NĂM  2025.     | YEAR    | 2025      | NUMBER
            1899           | YEAR    |           | NOT_NUMERIC
            2101           | YEAR    |           | NOT_NUMERIC
            năm nay        | YEAR    |           | NOT_NUMERIC
            2024           | COUNT   | 2024      | NUMBER
            abc            | COUNT   |           | NOT_NUMERIC
            1.2.3          | COUNT   |           | NOT_NUMERIC
            1.23,4         | DECIMAL |           | NOT_NUMERIC
            1,23,456       | COUNT   |           | NOT_NUMERIC
            12a            | COUNT   |           | NOT_NUMERIC
            ,5             | DECIMAL |           | NOT_NUMERIC
            %              | PERCENT |           | NOT_NUMERIC
            ''             | COUNT   |           | EMPTY
            '   '          | DECIMAL |           | EMPTY
            """)
    void readsNumbersAsOfficersWriteThem(String written, ColumnMeaning meaning, Double value, Status status) {
        ParsedNumber parsed = VietnameseNumbers.parse(Cell.text(0, written), meaning);

        assertThat(parsed.status()).isEqualTo(status);
        assertThat(parsed.value()).isEqualTo(value);
    }

    @Test
    void readsNumbersWrittenWithDecimalComma() {
        assertThat(VietnameseNumbers.parse("4,32", ColumnMeaning.PERCENT)).isEqualTo(ParsedNumber.number(4.32));
    }

    @Test
    void readsThousandsSeparatedByNonBreakingSpace() {
        assertThat(VietnameseNumbers.parse("14\u00A0386", ColumnMeaning.COUNT).value())
                .isEqualTo(14386.0);
        assertThat(VietnameseNumbers.parse("14\u202F386", ColumnMeaning.COUNT).value())
                .isEqualTo(14386.0);
    }

    @Test
    void treatsLoneCommaWithThreeDigitsAsAmbiguous() {
        ParsedNumber count = VietnameseNumbers.parse("1,502", ColumnMeaning.COUNT);
        ParsedNumber rate = VietnameseNumbers.parse("1,502", ColumnMeaning.PERCENT);

        assertThat(count.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(count.value()).isEqualTo(1502.0);
        assertThat(count.message()).contains("1502", "1 phẩy 502", "1.502", "counts");
        assertThat(rate.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(rate.value()).isEqualTo(1.502);
        assertThat(rate.message()).contains("rates or measures");
        assertThat(count.isNumber()).isTrue();
    }

    @Test
    void readsLoneDotWithThreeDigitsAsThousandsInCountColumnsWithoutDoubt() {
        ParsedNumber parsed = VietnameseNumbers.parse("14.386", ColumnMeaning.COUNT);

        assertThat(parsed).isEqualTo(ParsedNumber.number(14386));
    }

    @Test
    void explainsTextThatIsNotANumberInBothLanguages() {
        ParsedNumber parsed = VietnameseNumbers.parse("abc", ColumnMeaning.COUNT);

        assertThat(parsed.message()).isEqualTo("\"abc\" không phải là số / \"abc\" is not a number");
        assertThat(parsed.isNumber()).isFalse();
    }

    @Test
    void readsDashAsZero() {
        ParsedNumber parsed = VietnameseNumbers.parse(Cell.text(3, "-"), ColumnMeaning.COUNT);

        assertThat(parsed.status()).isEqualTo(Status.DASH);
        assertThat(parsed.value()).isZero();
        assertThat(parsed.isNumber()).isTrue();
    }

    @Test
    void readsPercentStyledCellAsPercentUnits() {
        Cell stored = Cell.number(0, 0.0432, true);

        assertThat(VietnameseNumbers.parse(stored, ColumnMeaning.PERCENT)).isEqualTo(ParsedNumber.number(4.32));
        assertThat(VietnameseNumbers.parse(stored, ColumnMeaning.DECIMAL).value())
                .isEqualTo(0.0432);
    }

    @Test
    void readsPlainNumberCellInPercentColumnAsWritten() {
        assertThat(VietnameseNumbers.parse(Cell.number(0, 4.32, false), ColumnMeaning.PERCENT)
                        .value())
                .isEqualTo(4.32);
    }

    @Test
    void readsNumberCellsAsTheirValue() {
        assertThat(VietnameseNumbers.parse(Cell.number(0, 14386, false), ColumnMeaning.COUNT))
                .isEqualTo(ParsedNumber.number(14386));
    }

    @Test
    void refusesNumberCellThatIsNoYearInYearColumn() {
        // 45292 is 1 January 2024 as an Excel date serial: a date typed where a year was expected
        assertThat(VietnameseNumbers.parse(Cell.number(0, 2024, false), ColumnMeaning.YEAR)
                        .value())
                .isEqualTo(2024.0);
        assertThat(VietnameseNumbers.parse(Cell.number(0, 45292, false), ColumnMeaning.YEAR)
                        .status())
                .isEqualTo(Status.NOT_NUMERIC);
    }

    @Test
    void readsBlankCellAsEmpty() {
        assertThat(VietnameseNumbers.parse(Cell.blank(2), ColumnMeaning.COUNT)).isEqualTo(ParsedNumber.empty());
    }

    @Test
    void reportsErrorCellWithItsCode() {
        Cell error = new Cell(0, Cell.Kind.ERROR, "#DIV/0!", null, false);

        ParsedNumber parsed = VietnameseNumbers.parse(error, ColumnMeaning.PERCENT);

        assertThat(parsed.status()).isEqualTo(Status.NOT_NUMERIC);
        assertThat(parsed.message()).contains("#DIV/0!");
    }

    @Test
    void reportsFormulaWithoutCachedValue() {
        Cell formula = new Cell(0, Cell.Kind.FORMULA_WITHOUT_VALUE, "SUM(B2:B9)", null, false);

        ParsedNumber parsed = VietnameseNumbers.parse(formula, ColumnMeaning.COUNT);

        assertThat(parsed.status()).isEqualTo(Status.NOT_NUMERIC);
        assertThat(parsed.message()).contains("công thức chưa có giá trị tính sẵn", "formula has no cached value");
    }

    @Test
    void refusesBooleanCell() {
        Cell bool = new Cell(0, Cell.Kind.BOOLEAN, "TRUE", null, false);

        assertThat(VietnameseNumbers.parse(bool, ColumnMeaning.COUNT).status()).isEqualTo(Status.NOT_NUMERIC);
    }
}
