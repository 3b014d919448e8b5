package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelPercentFormatTest {

    @ParameterizedTest(name = "{0} shows a percentage: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
            0%            | true
            0.00%         | true
            [Red]0.0%     | true
            0.00"%"       | false
            0.00\\%       | false
            0.00          | false
            General       | false
            [$-42A]0.00   | false
            """)
    void recognisesFormatsThatScaleByHundred(String format, boolean percent) {
        assertThat(ExcelPercentFormat.isPercent(format)).isEqualTo(percent);
    }
}
