package id.surel.lifecycle;

import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailAccount;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectories;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailDirectoryException;
import id.surel.mailbox.MailboxNotFoundException;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.RequestRecord;
import java.time.Clock;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * What every lifecycle action starts from: the request's account change and its account, and the tenant's mail
 * directory; and how platform and mail failures become the engine's retryable or final action failures.
 */
@Component
class LifecycleTarget {

    private final AccountChanges changes;
    private final MailAccounts accounts;
    private final MailDirectories directories;
    private final Clock clock;

    LifecycleTarget(AccountChanges changes, MailAccounts accounts, MailDirectories directories, Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.directories = directories;
        this.clock = clock;
    }

    /** The request's change, its account and directory; a final failure when the request carries no change. */
    Target of(RequestRecord request) {
        String tenantId = request.tenantId().value();
        AccountChange change = changes.forRequest(tenantId, request.id())
                .orElseThrow(() -> new ActionFailedException("Permohonan ini tidak menyebut akun yang diubah"
                        + " / this request names no account to change", false));
        MailAccount account = accounts.byId(tenantId, change.mailAccountId()).orElseThrow();
        return new Target(change, account, EmailAddress.of(account.address()), directories.forTenant(tenantId));
    }

    void applied(Target target) {
        changes.markApplied(target.change().tenantId(), target.change().requestId(), clock.instant());
    }

    /** Runs a platform or mail call, mapping its failures the way create-mailbox does. */
    static void call(Runnable work) {
        try {
            work.run();
        } catch (MailboxNotFoundException e) {
            throw new ActionFailedException("Kotak surat tidak ada di server mail / the mailbox is not on the mail server: "
                    + e.getMessage(), false, e);
        } catch (MailDirectoryException e) {
            throw new ActionFailedException("Server mail: " + e.getMessage(), e.retryable(), e);
        } catch (MailException e) {
            throw new ActionFailedException("Pengiriman e-mail gagal / sending e-mail failed: " + e.getMessage(), true, e);
        }
    }

    record Target(AccountChange change, MailAccount account, EmailAddress address, MailDirectory directory) {

        boolean applied() {
            return change.appliedAt() != null;
        }
    }
}
