package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void matchesNamesWrittenWithOrWithoutKindPrefixCaseAndDiacritics() {
        assertThat(UnitNames.key("Thôn Tân Lập")).isEqualTo(UnitNames.key("TÂN LẬP")).isEqualTo("tan lap");
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
}
