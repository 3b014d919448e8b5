package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void matchesNamesWrittenWithOrWithoutKindPrefixCaseAndDiacritics() {
        assertThat(UnitNames.key("Thôn Tân Lập"))
                .isEqualTo(UnitNames.key("TÂN LẬP"))
                .isEqualTo("tan lap");
        assertThat(UnitNames.key("Xã  Đại Sơn ")).isEqualTo("dai son");
    }

    @Test
    void normalisesDecomposedTextToComposed() {
        String decomposed = Normalizer.normalize("Ngân Sơn", Normalizer.Form.NFD);
        assertThat(UnitNames.clean(decomposed)).isEqualTo("Ngân Sơn").hasSize(8);
    }

    @Test
    void foldsNonBreakingAndRepeatedSpaces() {
        assertThat(UnitNames.clean(" Bản\u00A0 Chang ")).isEqualTo("Bản Chang");
    }

    @Test
    void tellsTheLevelOfTheKindWordANameStartsWith() {
        assertThat(UnitNames.kindRank("Thị trấn Vân Tùng")).isEqualTo(1);
        assertThat(UnitNames.kindRank("xã Ngân Sơn")).isEqualTo(1);
        assertThat(UnitNames.kindRank("huyện Quảng Hòa")).isEqualTo(2);
        assertThat(UnitNames.kindRank("Thị xã Sơn Tây")).isEqualTo(2);
        assertThat(UnitNames.kindRank("tỉnh Cao Bằng")).isEqualTo(3);
        assertThat(UnitNames.kindRank("XA PHUC SEN")).isEqualTo(1);
        // "Xa" is a kind word only in a name typed wholly without diacritics
        assertThat(UnitNames.kindRank("Xa Lý Hòa")).isZero();
        assertThat(UnitNames.kindRank("Ngân Sơn")).isZero();
        assertThat(UnitNames.withoutKind("Xã  Phục Hòa")).isEqualTo("Phục Hòa");
        assertThat(UnitNames.withoutKind("Xã")).isEqualTo("Xã");
        assertThat(UnitNames.withoutKind("Quảng Hòa")).isEqualTo("Quảng Hòa");
    }

    @Test
    void writtenKeyIgnoresCaseSpacingAndAWrittenKindWordButKeepsEveryMark() {
        assertThat(UnitNames.writtenKey("Thôn  Tân Lập"))
                .isEqualTo(UnitNames.writtenKey("TÂN LẬP"))
                .isEqualTo(UnitNames.writtenKey(Normalizer.normalize("tân lập", Normalizer.Form.NFD)))
                .isEqualTo("tân lập");
        assertThat(UnitNames.writtenKey("NÀ HIN")).isNotEqualTo(UnitNames.writtenKey("NÀ HÌN"));
        assertThat(UnitNames.writtenKey("Đông")).isNotEqualTo(UnitNames.writtenKey("Dông"));
    }

    @Test
    void writtenKeyKeepsNamesThatLookLikeFormulasApart() {
        assertThat(UnitNames.writtenKey("=1+1")).isEqualTo("=1+1");
        assertThat(UnitNames.writtenKey("-1+1")).isEqualTo("-1+1");
        // The matching key drops the signs, which is why it must not decide what is a repeat.
        assertThat(UnitNames.key("=1+1")).isEqualTo(UnitNames.key("-1+1"));
    }
}
