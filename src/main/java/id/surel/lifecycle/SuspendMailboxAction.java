package id.surel.lifecycle;

import id.surel.audit.AuditLog;
import id.surel.mailbox.MailAccounts;
import id.surel.sop.SystemAction;
import id.surel.workflow.ActionContext;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
import org.springframework.stereotype.Component;

/** {@code suspend-mailbox}: the holder can no longer log in or receive mail; the mailbox's content is kept. */
@Component
class SuspendMailboxAction implements SystemActionHandler {

    private final LifecycleTarget targets;
    private final MailAccounts accounts;
    private final AuditLog audit;

    SuspendMailboxAction(LifecycleTarget targets, MailAccounts accounts, AuditLog audit) {
        this.targets = targets;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public SystemAction action() {
        return SystemAction.SUSPEND_MAILBOX;
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        LifecycleTarget.Target target = targets.of(request);
        if (!target.applied()) {
            LifecycleTarget.call(() -> target.directory().setActive(target.address(), false));
            accounts.setStatus(request.tenantId().value(), target.account().id(), "SUSPENDED");
            targets.applied(target);
            audit.record(request.tenantId().value(), "sistem", "account.suspended", target.address().toString(),
                    "request " + request.trackingNumber());
        }
        return "Akun " + target.address() + " ditangguhkan; isi kotak surat disimpan";
    }
}
