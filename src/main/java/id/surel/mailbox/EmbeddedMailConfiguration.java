package id.surel.mailbox;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Wires the embedded mail server, its directory and a mail sender aimed at it, unless
 * {@code surel.mail.embedded.enabled=false}; then Boot's own {@code spring.mail.*} sender applies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "surel.mail.embedded", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedMailSettings.class)
public class EmbeddedMailConfiguration {

    @Bean
    EmbeddedMailServer embeddedMailServer(EmbeddedMailSettings settings) {
        return new EmbeddedMailServer(settings);
    }

    @Bean
    GreenMailDirectory greenMailDirectory(EmbeddedMailServer server, EmbeddedMailSettings settings) {
        return new GreenMailDirectory(server, settings.capacity());
    }

    // Built from the server rather than spring.mail.*, because the SMTP port is only known once it is bound.
    @Bean
    JavaMailSender javaMailSender(EmbeddedMailServer server) {
        return mailSenderFor(server);
    }

    static JavaMailSenderImpl mailSenderFor(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.smtpPort());
        sender.setProtocol("smtp");
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        // Bounded waits, so a stuck server cannot hold an outbox worker forever.
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.setProperty("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
