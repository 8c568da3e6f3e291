package id.surel.mailbox;

import id.surel.mailbox.connector.MailConnectorSettings;
import id.surel.mailbox.connector.MailConnectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One mail directory per tenant: those named under {@code surel.mail.tenants.*} get the connector configured there
 * (checked at start-up), every other tenant the default one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailConnectorSettings.class)
class MailDirectoriesConfiguration {

    @Bean
    MailDirectories mailDirectories(ObjectProvider<GreenMailDirectory> embedded, MailDirectory defaultDirectory,
            MailConnectorSettings settings) {
        return new MailDirectories(defaultDirectory, MailConnectors.build(settings, embedded.getIfAvailable()));
    }
}
