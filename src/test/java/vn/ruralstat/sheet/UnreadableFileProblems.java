package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

/** Assertions on the catalogue key and arguments an {@link UnreadableFileException} carries. */
public final class UnreadableFileProblems {

    private UnreadableFileProblems() {}

    /** The exception names this catalogue key and these arguments, written the same in both languages. */
    public static Consumer<Throwable> problem(String key, String... arguments) {
        return problem(key, List.of(arguments), List.of(arguments));
    }

    /** The exception names this catalogue key, with these Vietnamese and English arguments. */
    public static Consumer<Throwable> problem(String key, List<String> argumentsVi, List<String> argumentsEn) {
        return thrown -> {
            assertThat(thrown).isInstanceOf(UnreadableFileException.class);
            UnreadableFileException e = (UnreadableFileException) thrown;
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.argumentsVi()).containsExactlyElementsOf(argumentsVi);
            assertThat(e.argumentsEn()).containsExactlyElementsOf(argumentsEn);
        };
    }
}
