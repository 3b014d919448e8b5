package vn.ruralstat.rulebook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulebookLoaderTest {

    @Test
    void refusesAnInferredFigureAsANationalTargetAndSaysWhereItIs() {
        assertThatThrownBy(() -> RulebookLoader.load("rulebook/broken-inferred-target/"))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageStartingWith("rulebook/broken-inferred-target/ntm-test-targets.csv line 3: "
                        + "an inferred figure cannot ship as a national target");
    }

    @Test
    void saysWhenAFolderHoldsNoRulebooks() {
        assertThatThrownBy(() -> RulebookLoader.load("rulebook/nothing-here/"))
                .isInstanceOf(RulebookDataException.class)
                .hasMessageStartingWith("rulebook/nothing-here/rulebooks.csv: not found on the classpath");
    }
}
