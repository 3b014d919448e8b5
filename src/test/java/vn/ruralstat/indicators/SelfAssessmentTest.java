package vn.ruralstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ruralstat.rulebook.Status;

class SelfAssessmentTest {

    @ParameterizedTest
    @ValueSource(strings = {"Đạt", "ĐẠT", "đạt", "Đ", "x", "X", "Đã đạt", " Đạt. ", "(x)", "Đạt (Tốt)", "- đạt -"})
    void readsTheSpellingsOfMet(String written) {
        assertThat(SelfAssessment.read(written)).contains(Status.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chưa đạt", "CHƯA ĐẠT", "Không đạt", "chưa", "CĐ", "C.Đ", "Chưa  đạt;", "Chưa đạt (Khá)"})
    void readsTheSpellingsOfNotMet(String written) {
        assertThat(SelfAssessment.read(written)).contains(Status.NOT_MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đạt yêu cầu", "Có", "Không", "Đang thực hiện", "1", "Đạt 80%", "?"})
    void readsNothingElseAsEither(String written) {
        assertThat(SelfAssessment.read(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "…"})
    void takesPunctuationAloneForBlank(String written) {
        assertThat(SelfAssessment.isBlank(written)).isTrue();
    }
}
