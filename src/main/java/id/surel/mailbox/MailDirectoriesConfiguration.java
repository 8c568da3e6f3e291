package id.surel.mailbox;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One mail directory per tenant; until a tenant is given a connector of its own, every tenant uses the default one. */
@Configuration(proxyBeanMethods = false)
class MailDirectoriesConfiguration {

    @Bean
    MailDirectories mailDirectories(MailDirectory defaultDirectory) {
        return new MailDirectories(defaultDirectory, Map.of());
    }
}
