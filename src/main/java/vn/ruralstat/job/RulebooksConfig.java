package vn.ruralstat.job;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ruralstat.rulebook.RulebookLoader;
import vn.ruralstat.rulebook.Rulebooks;

/**
 * The candidate rulebooks of every run, read once from the classpath: the national ones of
 * {@code rulebooks/} and the province override files of {@code ruralstat.rulebooks.overrides}
 * (a classpath folder, {@code rulebooks/overrides/} by default). Whoever needs them gets them
 * by constructor.
 */
@Configuration
public class RulebooksConfig {

    @Bean
    Rulebooks rulebooks(
            @Value("${ruralstat.rulebooks.overrides:" + RulebookLoader.OVERRIDES_FOLDER + "}") String overrides) {
        return RulebookLoader.fromClasspath(overrides.endsWith("/") ? overrides : overrides + "/");
    }
}
