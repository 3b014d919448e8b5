package vn.ruralstat.job;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What {@link OnPostgres} does: a JUnit extension that requires the server before the class and
 * drops its schema after it, and a Spring context customizer that points the datasource and
 * Flyway at that schema.
 */
public final class PostgresSchema implements BeforeAllCallback, AfterAllCallback, ContextCustomizerFactory {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        PostgresDatabase.requireServer();
        PostgresDatabase.dropSchema(PostgresDatabase.schemaFor(context.getRequiredTestClass())); // left by a killed run
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        PostgresDatabase.dropSchema(PostgresDatabase.schemaFor(context.getRequiredTestClass()));
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer(PostgresDatabase.schemaFor(testClass));
    }

    /** One per schema: equal customizers share a cached context, so each class gets its own. */
    private record Customizer(String schema) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "postgres-schema-" + schema,
                            Map.of(
                                    "spring.datasource.url",
                                    PostgresDatabase.urlFor(schema),
                                    "spring.datasource.username",
                                    PostgresDatabase.USER,
                                    "spring.datasource.password",
                                    "",
                                    "spring.flyway.schemas",
                                    schema,
                                    "spring.flyway.create-schemas",
                                    "true")));
        }
    }
}
