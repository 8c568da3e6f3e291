package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmbeddedMailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(EmbeddedMailConfiguration.class)
            .withPropertyValues("surel.mail.embedded.smtp-port=0", "surel.mail.embedded.imap-port=0",
                    "spring.mail.host=mail.kotabogor.go.id");

    @Test
    void by_default_the_mail_sender_points_at_the_embedded_server_s_actual_smtp_port() {
        runner.run(context -> {
            EmbeddedMailServer server = context.getBean(EmbeddedMailServer.class);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);

            assertThat(context).hasSingleBean(MailDirectory.class).hasSingleBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(server.smtpPort());
        });
    }

    @Test
    void the_embedded_server_stops_with_the_context() {
        EmbeddedMailServer[] seen = new EmbeddedMailServer[1];
        runner.run(context -> seen[0] = context.getBean(EmbeddedMailServer.class));

        assertThat(seen[0].isRunning()).isFalse();
    }

    @Test
    void when_disabled_boot_s_own_sender_from_spring_mail_applies() {
        runner.withPropertyValues("surel.mail.embedded.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMailServer.class).doesNotHaveBean(MailDirectory.class);
            assertThat(((JavaMailSenderImpl) context.getBean(JavaMailSender.class)).getHost())
                    .isEqualTo("mail.kotabogor.go.id");
        });
    }

    @Test
    void settings_default_to_loopback_the_usual_greenmail_ports_and_five_thousand_mailboxes() {
        EmbeddedMailSettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(new EmbeddedMailSettings(true, "127.0.0.1", 3025, 3143, 5000));
    }

    @Test
    void a_capacity_of_minus_one_means_unlimited() {
        assertThat(bind(Map.of("surel.mail.embedded.capacity", "-1")).capacity()).isNull();
    }

    private static EmbeddedMailSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("surel.mail.embedded", EmbeddedMailSettings.class);
    }
}
