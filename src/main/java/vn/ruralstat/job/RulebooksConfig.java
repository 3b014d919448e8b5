package vn.ruralstat.job;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ruralstat.rulebook.RulebookDataException;
import vn.ruralstat.rulebook.RulebookLoader;
import vn.ruralstat.rulebook.Rulebooks;

/**
 * The candidate rulebooks of every run, read once from the classpath: the national ones of
 * {@code rulebooks/}, with the targets an office supplies in the CSV file
 * {@code ruralstat.rulebooks.targets} names (groups 2 and 3 of 2026-2030, say), and the province
 * override files of {@code ruralstat.rulebooks.overrides} (a classpath folder,
 * {@code rulebooks/overrides/} by default). Whoever needs them gets them by constructor. A targets
 * file that cannot be used stops the application with its one-line reason (exit code 2).
 */
@Configuration
public class RulebooksConfig {

    @Bean
    Rulebooks rulebooks(
            @Value("${ruralstat.rulebooks.overrides:" + RulebookLoader.OVERRIDES_FOLDER + "}") String overrides,
            @Value("${ruralstat.rulebooks.targets:}") String targets) {
        Rulebooks national = RulebookLoader.fromClasspath(overrides.endsWith("/") ? overrides : overrides + "/");
        if (targets.isBlank()) return national;
        try {
            return national.withTargetsFile(Path.of(targets.strip()));
        } catch (RulebookDataException e) {
            throw new UnusableTargetsFile(e.vietnamese(), e.english());
        }
    }
}
