package id.surel.mailbox;

import id.surel.audit.AuditLog;
import id.surel.sop.SystemAction;
import id.surel.workflow.ActionAbandoned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When staff give up a failed create-mailbox, the address and owner reserved for it are freed again, unless a failed
 * try did make the mailbox on the server: then the reservation stays, so the address is not handed to someone else.
 */
@Component
class AbandonedReservations {

    private final MailAccounts accounts;
    private final MailDirectories directories;
    private final AuditLog audit;

    AbandonedReservations(MailAccounts accounts, MailDirectories directories, AuditLog audit) {
        this.accounts = accounts;
        this.directories = directories;
        this.audit = audit;
    }

    @EventListener
    void on(ActionAbandoned abandoned) {
        if (!SystemAction.CREATE_MAILBOX.code().equals(abandoned.action())) {
            return;
        }
        String tenantId = abandoned.tenantId().value();
        accounts.forRequest(tenantId, abandoned.requestId())
                .filter(account -> account.mailboxCreatedAt() == null)
                .ifPresent(account -> {
                    boolean onServer = directories.forTenant(tenantId).find(EmailAddress.of(account.address()))
                            .isPresent();
                    if (onServer) {
                        audit.record(tenantId, "sistem", "reservation.kept", account.address(),
                                "the mailbox exists on the server although creating it was given up");
                    } else {
                        accounts.release(account.id());
                        audit.record(tenantId, "sistem", "reservation.released", account.address(),
                                "create-mailbox given up before the mailbox was made");
                    }
                });
    }
}
