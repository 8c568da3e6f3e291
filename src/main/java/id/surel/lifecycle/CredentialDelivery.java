package id.surel.lifecycle;

import id.surel.mailbox.PasswordGenerator;
import id.surel.notify.Mailer;
import id.surel.notify.Notices;
import id.surel.tenant.Tenant;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Gives a mailbox a new generated password and sends it once to one contact address (the verified holder, or the
 * successor of a hand-over). The password lives only in memory for the length of the call. Repeating the call after a
 * failure makes a newer password the valid one, so a retry never leaves a password nobody received.
 */
@Component
class CredentialDelivery {

    private final PasswordGenerator passwords;
    private final Mailer mailer;
    private final Notices notices;

    CredentialDelivery(PasswordGenerator passwords, Mailer mailer, Notices notices) {
        this.passwords = passwords;
        this.mailer = mailer;
        this.notices = notices;
    }

    void deliver(Tenant tenant, LifecycleTarget.Target target, String name, String contact, String trackingNumber) {
        char[] password = passwords.generate();
        try {
            LifecycleTarget.call(() -> target.directory().setPassword(target.address(), password));
            LifecycleTarget.call(() -> mailer.send("no-reply@" + tenant.domain(), contact,
                    notices.subject("notice.newPassword.subject", trackingNumber),
                    notices.body("notice.newPassword.body", name, target.address().toString(), new String(password),
                            trackingNumber, tenant.name())));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
