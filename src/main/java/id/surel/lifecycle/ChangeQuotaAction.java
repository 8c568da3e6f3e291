package id.surel.lifecycle;

import id.surel.audit.AuditLog;
import id.surel.mailbox.MailAccounts;
import id.surel.sop.SystemAction;
import id.surel.workflow.ActionContext;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
import org.springframework.stereotype.Component;

/** {@code change-quota}: sets the mailbox's storage quota to what the holder asked for, and records it. */
@Component
class ChangeQuotaAction implements SystemActionHandler {

    private static final long MB = 1024L * 1024L;

    private final LifecycleTarget targets;
    private final MailAccounts accounts;
    private final AuditLog audit;

    ChangeQuotaAction(LifecycleTarget targets, MailAccounts accounts, AuditLog audit) {
        this.targets = targets;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public SystemAction action() {
        return SystemAction.CHANGE_QUOTA;
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        LifecycleTarget.Target target = targets.of(request);
        int quotaMb = target.change().quotaMb();
        if (!target.applied()) {
            // setting a quota is idempotent on every platform: a retry sets the same value again
            LifecycleTarget.call(() -> target.directory().setQuota(target.address(), quotaMb * MB));
            accounts.recordQuota(request.tenantId().value(), target.account().id(), quotaMb);
            targets.applied(target);
            audit.record(request.tenantId().value(), "sistem", "account.quota", target.address().toString(),
                    quotaMb + " MB; request " + request.trackingNumber());
        }
        return "Kuota " + target.address() + " menjadi " + quotaMb + " MB";
    }
}
