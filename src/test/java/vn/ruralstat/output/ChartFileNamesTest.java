package vn.ruralstat.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartFileNamesTest {

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource({
        "ngheo-theo-thon, Ngân Sơn, ngheo-theo-thon-ngan-son.png",
        "ngheo-theo-thon, Xã Ngân Sơn, ngheo-theo-thon-ngan-son.png",
        "tieu-chi-dat, Quảng Hòa, tieu-chi-dat-quang-hoa.png",
        "tieu-chi-ke-hoach, huyện Hón Quản, tieu-chi-ke-hoach-hon-quan.png",
        "ngheo-theo-thon, 'Tổ dân phố 3 / Khu Đông', ngheo-theo-thon-3-khu-dong.png",
        "ngheo-theo-thon, '***', ngheo-theo-thon-khong-ten.png"
    })
    void makesAsciiNamesFromTheKindAndTheUnit(String kind, String unit, String expected) {
        assertThat(new ChartFileNames().next(kind, unit, "2025")).isEqualTo(expected);
    }

    @Test
    void addsThePeriodThenANumberWhenANameRepeats() {
        ChartFileNames names = new ChartFileNames();

        assertThat(names.next("ngheo-theo-thon", "Ngân Sơn", "2025")).isEqualTo("ngheo-theo-thon-ngan-son.png");
        assertThat(names.next("ngheo-theo-thon", "Ngân Sơn", "2026")).isEqualTo("ngheo-theo-thon-ngan-son-2026.png");
        assertThat(names.next("ngheo-theo-thon", "xã Ngân Sơn", "2026")).isEqualTo("ngheo-theo-thon-ngan-son-2.png");
    }
}
