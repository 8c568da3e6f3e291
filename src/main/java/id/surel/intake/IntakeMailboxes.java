package id.surel.intake;

import id.surel.intake.IntakeSettings.Mailbox;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.tenant.Tenant;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The intake mailbox of each tenant: the configured one, or else a box on the embedded server while it runs (made on
 * first use). A tenant with neither has no e-mail intake.
 */
@Component
class IntakeMailboxes {

    private final IntakeSettings settings;
    private final EmbeddedMailServer embedded;
    private final String embeddedPassword;

    IntakeMailboxes(IntakeSettings settings, ObjectProvider<EmbeddedMailServer> embedded) {
        this.settings = settings;
        this.embedded = embedded.getIfAvailable();
        this.embeddedPassword = settings.embeddedPassword() == null || settings.embeddedPassword().isBlank()
                ? randomPassword() : settings.embeddedPassword();
    }

    Optional<IntakeMailbox> forTenant(Tenant tenant) {
        Mailbox configured = settings.mailboxes().get(tenant.id().value());
        if (configured != null && configured.host() != null && !configured.host().isBlank()) {
            String address = configured.address();
            return Optional.of(new IntakeMailbox(tenant.id(), address, configured.host(),
                    configured.port() == null ? (configured.ssl() ? 993 : 143) : configured.port(),
                    configured.username() == null ? address : configured.username(), configured.password(),
                    configured.ssl(), configured.folder()));
        }
        if (embedded == null || !embedded.isRunning()) {
            return Optional.empty();
        }
        String address = configured != null && configured.address() != null ? configured.address()
                : settings.defaultLocalPart() + "@" + tenant.domain();
        embedded.ensureServiceBox(address, embeddedPassword);
        return Optional.of(new IntakeMailbox(tenant.id(), address, embedded.host(), embedded.imapPort(), address,
                embeddedPassword, false, "INBOX"));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
