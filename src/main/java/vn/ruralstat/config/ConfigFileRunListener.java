package vn.ruralstat.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Puts the office's configuration file among Spring's property sources, just below the command
 * line, as soon as the environment exists: before the datasource is configured, so that
 * PostgreSQL needs no flags. A run listener, not an environment post-processor, because it needs
 * the raw arguments to find {@code --config FILE} (Spring reads "FILE" as a free argument).
 * Registered in {@code META-INF/spring.factories}.
 */
public final class ConfigFileRunListener implements SpringApplicationRunListener {

    static final String SOURCE_NAME = "ruralstatConfigFile";

    private final String[] args;

    public ConfigFileRunListener(SpringApplication application, String[] args) {
        this.args = args == null ? new String[0] : args.clone();
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrap, ConfigurableEnvironment environment) {
        try {
            Optional<Path> file = ConfigFile.locate(args);
            if (file.isEmpty()) return;
            Map<String, Object> values = ConfigFile.read(file.get());
            add(environment.getPropertySources(), new MapPropertySource(SOURCE_NAME + " " + file.get(), values));
        } catch (ConfigFileException e) {
            // The entry point refuses this before Spring starts; here only for other ways in (tests).
            throw new IllegalStateException(e.problem().vi(), e);
        }
    }

    private static void add(MutablePropertySources sources, MapPropertySource file) {
        String commandLine = CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME;
        if (sources.contains(commandLine)) sources.addAfter(commandLine, file);
        else sources.addFirst(file);
    }
}
