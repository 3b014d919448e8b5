package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thôn", "Tân", "Lập", "người", "nghĩa", "Việt", "khuỷu", "quốc", "quý", "gìn", "giữ", "giường",
                "hòa", "hoà", "thủy", "thuỷ", "thuở", "Khuổi", "Diễn", "Kạn", "yêu", "uống", "ếch", "oản",
                "NGHÈO", "Đông", "xã", "chí", "tiêu", "Năm", "khuya"
            })
    void acceptsWellFormedSyllables(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Th«n",
                "LËp",
                "Coäng",
                "hßa", // mojibake
                "xaõ", // tone on the second vowel of "ao"
                "nghóa", // ngh before o
                "ngi",
                "ghà",
                "cê", // onset spelling rules
                "lăp",
                "hàt",
                "bảc", // stop codas take only the acute or the dot below
                "Café",
                "élève",
                "Müller", // foreign words
                "ặ",
                "ươ",
                "iê" // rhymes that do not exist
            })
    void rejectsWhatVietnameseCannotSpell(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isFalse();
    }

    @Test
    void acceptsDecomposedText() {
        assertThat(VietnameseSyllables.isSyllable("Co\u0323\u0302ng")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "X", "TT", "STT", "NTM", "PCTT", "UBND", "2024", "Thon", "ĐVT", "HĐND"})
    void treatsAsciiWordsNumbersAndAbbreviationsAsNeutral(String word) {
        assertThat(VietnameseSyllables.classify(word)).isEqualTo(VietnameseSyllables.Kind.NEUTRAL);
    }

    @Test
    void classifiesSyllablesAndOtherWords() {
        assertThat(VietnameseSyllables.classify("Lập")).isEqualTo(VietnameseSyllables.Kind.SYLLABLE);
        assertThat(VietnameseSyllables.classify("LËp")).isEqualTo(VietnameseSyllables.Kind.OTHER);
        assertThat(VietnameseSyllables.classify("CAFÉ")).isEqualTo(VietnameseSyllables.Kind.OTHER);
    }

    @Test
    void scoresTheShareOfEvidenceWordsThatAreSyllables() {
        VietnameseSyllables.Score score = VietnameseSyllables.score("Tổng số hộ nghèo (UBND xã), năm 2024: 12 Müller");

        // UBND and 2024 are neutral; Müller is the one word that is not Vietnamese
        assertThat(score).isEqualTo(new VietnameseSyllables.Score(7, 6));
        assertThat(score.share()).isEqualTo(6.0 / 7);
    }

    @Test
    void scoresTextWithoutEvidenceAsZero() {
        assertThat(VietnameseSyllables.score("STT 1 x").share()).isZero();
    }
}
