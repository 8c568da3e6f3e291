package id.surel.intake;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * E-mail intake ({@code surel.intake.*}). Each tenant reads one mailbox: the one named under {@code mailboxes.<tenant>}
 * or, while the embedded mail server runs, {@code <default-local-part>@<domain>} on it. Passwords come only from this
 * configuration (an environment variable in production); an embedded box without one gets a random password per start,
 * as the embedded server keeps nothing across restarts anyway.
 */
@ConfigurationProperties(prefix = "surel.intake")
public record IntakeSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue("25MB") DataSize maxMessageSize,
        @DefaultValue("40") int maxParts,
        @DefaultValue("50") int batchSize,
        @DefaultValue("true") boolean autoSubmit,
        @DefaultValue("layanan") String defaultLocalPart,
        @DefaultValue("Surel-Diproses") String processedFolder,
        @DefaultValue("Surel-Karantina") String quarantineFolder,
        String embeddedPassword,
        Map<String, Mailbox> mailboxes) {

    public IntakeSettings {
        mailboxes = mailboxes == null ? Map.of() : Map.copyOf(mailboxes);
        if (maxMessageSize.toBytes() <= 0 || maxParts <= 0 || batchSize <= 0) {
            throw new IllegalArgumentException("surel.intake: max-message-size, max-parts and batch-size must be > 0");
        }
    }

    /** One tenant's intake mailbox; without a host it is a box on the embedded server. */
    public record Mailbox(String address, String host, Integer port, String username, String password,
            @DefaultValue("false") boolean ssl, @DefaultValue("INBOX") String folder) {

        @Override
        public String toString() {
            return "Mailbox[" + address + " at " + (host == null ? "embedded" : host + ":" + port) + "]";
        }
    }
}
