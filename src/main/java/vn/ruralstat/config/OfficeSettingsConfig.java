package vn.ruralstat.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForms;

/** The office's settings ({@code ruralstat.office.*}, from the configuration file or the command line) and its forms. */
@Configuration(proxyBeanMethods = false)
class OfficeSettingsConfig {

    static final String PREFIX = "ruralstat.office";

    @Bean
    OfficialForms officialForms(Environment environment) {
        return new OfficialForms(settings(Binder.get(environment)));
    }

    /** What the office set; parts it leaves out stay null, to be filled from the unit reported. */
    static OfficeSettings settings(Binder binder) {
        return binder.bind(PREFIX, OfficeSettings.class).orElse(OfficeSettings.NONE);
    }
}
