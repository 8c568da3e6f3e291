package id.surel.mailbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded mail server ({@code surel.mail.embedded.*}): port 0 picks a free port; {@code capacity} is
 * the number of mailboxes a domain may hold, null (unlimited) when set to -1.
 */
@ConfigurationProperties(prefix = "surel.mail.embedded")
public record EmbeddedMailSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("3025") int smtpPort,
        @DefaultValue("3143") int imapPort,
        @DefaultValue("5000") Integer capacity) {

    public EmbeddedMailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("surel.mail.embedded.host must not be empty");
        }
        checkPort("smtp-port", smtpPort);
        checkPort("imap-port", imapPort);
        // An empty property value falls back to the default, so "unlimited" needs a value of its own.
        if (capacity != null && capacity < 0) {
            capacity = null;
        }
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("surel.mail.embedded." + name + " out of range: " + port);
        }
    }
}
