package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ruralstat.sheet.LegacyTextDecoder.Decision;
import vn.ruralstat.sheet.LegacyTextDecoder.SheetDecision;

class LegacyTextDecoderTest {

    private final LegacyTextDecoder decoder = new LegacyTextDecoder();

    @Test
    void convertsTcvn3MojibakeKeepingTypedCapitalsAndLowerCasingToneLetters() {
        // TCVN3 has no toned capitals: "C", "X", "V", "N" were typed as capitals, the toned letters
        // can only decode to lower case (the rule documented on LegacyEncoding.TCVN3)
        Decision decision = decoder.decide("Céng hßa X· héi chñ nghÜa ViÖt Nam");

        assertThat(decision.text()).isEqualTo("Cộng hòa Xã hội chủ nghĩa Việt Nam");
        assertThat(decision.encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(decision.unsure()).isFalse();
        assertThat(decision.note()).contains("TCVN3", "7 of 7");
    }

    @Test
    void convertsVniMojibake() {
        Decision decision = decoder.decide("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");

        assertThat(decision.text()).isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(decision.encoding()).isEqualTo(LegacyEncoding.VNI);
    }

    @Test
    void convertsTcvn3VillageName() {
        assertThat(decoder.decide("Th«n T©n LËp").text()).isEqualTo("Thôn Tân Lập");
    }

    @Test
    void convertsTcvn3WithSoftHyphenForU() {
        // TCVN3 ư is byte AD, the soft hyphen of Windows-1252
        assertThat(decoder.decide("Tr\u00ADêng §¹i häc").text()).isEqualTo("Trường Đại học");
    }

    @Test
    void convertsVisciiMojibake() {
        // VISCII "Người nghèo" read as Windows-1252
        assertThat(decoder.decide("Ng\u00DF\u00B6i ngh\u00E8o x\u00E3 \u00D0\u00F4ng")
                        .text())
                .isEqualTo("Người nghèo xã Đông");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thôn Tân Lập",
                "KHUỔI DIỄN",
                "x",
                "2024",
                "Cộng",
                "Ghi chú",
                "µg/l",
                "Diện tích 25 m²",
                "Café",
                "§ 3",
                "Năm 2022: 29 tiêu chí",
                "µ",
                "°",
                "²",
                "©",
                "½",
                "×",
                "÷",
                "ñ",
                "3 × 4 = 12",
                "25°C",
                "m²",
                "élève très intéressé",
                "Hôtel à Paris",
                "Tô Hà",
                "QĐ 318/QĐ-TTg",
                ""
            })
    void leavesGoodTextUntouched(String text) {
        Decision decision = decoder.decide(text);

        assertThat(decision.text()).isEqualTo(text);
        assertThat(decision.encoding()).isNull();
        assertThat(decision.unsure()).isFalse();
    }

    @Test
    void keepsAnAmbiguousShortStringAndSaysSo() {
        // TCVN3 reads "Xã", VISCII "Xở": one word cannot tell them apart
        Decision decision = decoder.decide("X·");

        assertThat(decision.text()).isEqualTo("X·");
        assertThat(decision.encoding()).isNull();
        assertThat(decision.unsure()).isTrue();
        assertThat(decision.note()).contains("TCVN3", "kept as written");
    }

    @Test
    void keepsASingleLegacyWordAsTooLittleEvidence() {
        // only TCVN3 reads it ("Đông"), but one word is one guess
        Decision decision = decoder.decide("§«ng 5");

        assertThat(decision.text()).isEqualTo("§«ng 5");
        assertThat(decision.unsure()).isTrue();
        assertThat(decision.note()).contains("too few words");
    }

    @Test
    void turnsDecomposedTextIntoComposedText() {
        Decision decision = decoder.decide("Co\u0323\u0302ng ho\u0300a, Tho\u0302n");

        assertThat(decision.text()).isEqualTo("Cộng hòa, Thôn");
        assertThat(decision.encoding()).isNull();
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(decoder.decide(null).text()).isEmpty();
    }

    @Test
    void decidesASheetFromAllItsCellsAndConvertsEachOne() {
        List<String> cells = List.of("STT", "Tªn th«n", "Sè hé", "1", "Th«n §«ng", "120", "2", "X·", "x", "Hé nghÌo");

        SheetDecision decision = decoder.decideBatch(cells);

        assertThat(decision.encoding()).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(decision.unsure()).isFalse();
        assertThat(decision.texts())
                .containsExactly("STT", "Tên thôn", "Số hộ", "1", "Thôn Đông", "120", "2", "Xã", "x", "Hộ nghèo");
        assertThat(decision.converted()).isEqualTo(5);
    }

    @Test
    void leavesUnicodeCellsOfAMixedSheetAlone() {
        List<String> cells = List.of("Danh sách hộ nghèo", "Thôn", "Th«n §«ng", "B¶n Khuæi DiÔn", "Tæng céng");

        SheetDecision decision = decoder.decideBatch(cells);

        assertThat(decision.encoding()).isEqualTo(LegacyEncoding.TCVN3);
        // "Thôn" is Windows-1252 text too; in a TCVN3 sheet it was typed in the TCVN3 font
        assertThat(decision.texts())
                .containsExactly("Danh sách hộ nghèo", "Thụn", "Thôn Đông", "Bản Khuổi Diễn", "Tổng cộng");
    }

    @Test
    void keepsAUnicodeSheetWithSymbolsWithoutDoubt() {
        List<String> cells = new ArrayList<>(List.of("Chỉ tiêu", "Đơn vị tính", "Diện tích", "Nước sạch"));
        cells.addAll(Collections.nCopies(30, "m²"));
        cells.addAll(List.of("µg/l", "Nº", "25°C", "X·"));

        SheetDecision decision = decoder.decideBatch(cells);

        assertThat(decision.encoding()).isNull();
        assertThat(decision.unsure()).isFalse();
        assertThat(decision.texts()).isEqualTo(cells);
    }

    @Test
    void countsAWordRepeatedDownAColumnOnce() {
        // one word, even 100 times, is one piece of evidence
        SheetDecision decision = decoder.decideBatch(Collections.nCopies(100, "Hµ"));

        assertThat(decision.encoding()).isNull();
        assertThat(decision.unsure()).isTrue();
        assertThat(decision.note()).contains("1 of 1 words");
    }

    @Test
    void convertsOneTextWithTheSheetsEncoding() {
        assertThat(decoder.convert("Th«n", LegacyEncoding.TCVN3)).isEqualTo("Thôn");
        assertThat(decoder.convert("Thôn Tân Lập", LegacyEncoding.TCVN3)).isEqualTo("Thôn Tân Lập");
        assertThat(decoder.convert("UBND xa", LegacyEncoding.VNI)).isEqualTo("UBND xa");
    }

    @Test
    void restoresAllCapitalTitlesThatTcvn3CouldNotEncode() {
        // "XÃ NGÂN SƠN" typed in .VnTimeH: Ã has no capital code, so the bytes decode to "Xã NGÂN SƠN".
        assertThat(LegacyTextDecoder.restoreCapitals("Xã NGÂN SƠN", LegacyEncoding.TCVN3))
                .isEqualTo("XÃ NGÂN SƠN");
        assertThat(LegacyTextDecoder.restoreCapitals("DANH SáCH", LegacyEncoding.TCVN3))
                .isEqualTo("DANH SÁCH");
        assertThat(LegacyTextDecoder.restoreCapitals("Xã Ngân Sơn", LegacyEncoding.TCVN3))
                .isEqualTo("Xã Ngân Sơn");
        assertThat(LegacyTextDecoder.restoreCapitals("Xã", LegacyEncoding.TCVN3))
                .isEqualTo("Xã");
    }
}
