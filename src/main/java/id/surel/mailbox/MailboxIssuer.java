package id.surel.mailbox;

import id.surel.notify.Mailer;
import id.surel.notify.Notice;
import id.surel.notify.NoticeRenderer;
import id.surel.notify.Notices;
import id.surel.notify.RenderedNotice;
import id.surel.tenant.Tenant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes a reserved account's mailbox exist on the platform with a fresh generated password, puts a welcome mail in
 * it and sends the password once to the owner's contact address. Safe to repeat: a mailbox already on the platform
 * (created by an earlier attempt that stopped before delivery) gets a new password instead of a second account. The
 * password lives only in memory for the length of the call.
 */
@Component
public class MailboxIssuer {

    private final PasswordGenerator passwords;
    private final Mailer mailer;
    private final Notices notices;
    private final NoticeRenderer renderer;

    MailboxIssuer(PasswordGenerator passwords, Mailer mailer, Notices notices, NoticeRenderer renderer) {
        this.renderer = renderer;
        this.passwords = passwords;
        this.mailer = mailer;
        this.notices = notices;
    }

    /** Who receives the credential: name and contact address, and the request it answers. */
    public record Recipient(String name, String contactEmail, String trackingNumber) {
    }

    /**
     * Throws {@link MailDirectoryException} when the platform fails and
     * {@link org.springframework.mail.MailException} when the credential cannot be sent.
     */
    public void issue(Tenant tenant, MailDirectory directory, MailAccount account, Recipient recipient) {
        mailer.sendAll(createMailbox(tenant, directory, account, recipient));
    }

    /**
     * The first half of {@link #issue}, for callers that send many accounts' mails over one connection: makes the
     * mailbox exist with a fresh password and returns the welcome mail and the credential mail, which the caller must
     * send (or, if sending fails, issue the account again: the password in the unsent mail is then replaced). Throws
     * {@link MailDirectoryException} when the platform fails.
     */
    public List<Mailer.Mail> createMailbox(Tenant tenant, MailDirectory directory, MailAccount account,
            Recipient recipient) {
        EmailAddress address = EmailAddress.of(account.address());
        char[] password = passwords.generate();
        try {
            if (directory.find(address).isPresent()) {
                directory.setPassword(address, password);
            } else {
                directory.create(new NewMailbox(address, account.displayName(), account.ownerKey(), password));
            }
            String from = "no-reply@" + tenant.domain();
            RenderedNotice credential = renderer.render(tenant.id(), Notice.CREDENTIAL, Map.of("applicantName",
                    recipient.name(), "address", address.toString(), "password", new String(password),
                    "trackingNumber", recipient.trackingNumber(), "tenantName", tenant.name()));
            return List.of(
                    new Mailer.Mail(from, address.toString(), notices.subject("notice.welcome.subject", tenant.name()),
                            notices.body("notice.welcome.body", account.displayName(), tenant.name())),
                    new Mailer.Mail(from, recipient.contactEmail(), credential.subject(), credential.body()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
