package vn.ruralstat.pdf;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForms;

/** Forms filled from the reported unit alone when no office configuration provides them. */
@Configuration(proxyBeanMethods = false)
class OfficialFormsFallback {

    @Bean
    @ConditionalOnMissingBean
    OfficialForms officialForms() {
        return new OfficialForms(OfficeSettings.NONE);
    }
}
