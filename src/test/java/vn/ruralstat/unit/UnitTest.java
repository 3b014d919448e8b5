package vn.ruralstat.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void readsTheLevelWordInFrontOfTheName() {
        Unit u = Unit.parse("Xã  Ngân Sơn");
        assertThat(u.level()).isEqualTo("xã");
        assertThat(u.name()).isEqualTo("Ngân Sơn");
        assertThat(u.label()).isEqualTo("xã Ngân Sơn");
        assertThat(u.rank()).isEqualTo(1);
    }

    @Test
    void aNameWithoutLevelWordHasNoLevel() {
        Unit u = Unit.parse("Quảng Hòa");
        assertThat(u.level()).isNull();
        assertThat(u.label()).isEqualTo("Quảng Hòa");
        assertThat(u.rank()).isZero();
    }

    @Test
    void mentionsWrittenDifferentlyShareTheirKey() {
        assertThat(Unit.of("Huyện", "Quảng  Hòa").key())
                .isEqualTo(Unit.of("huyen", "QUANG HOA").key());
        assertThat(Unit.of("xã", "Ngân Sơn").key())
                .isNotEqualTo(Unit.of("huyện", "Ngân Sơn").key());
        assertThat(Unit.of("xã", "Ngân Sơn").nameKey())
                .isEqualTo(Unit.of("huyện", "Ngân Sơn").nameKey());
    }
}
