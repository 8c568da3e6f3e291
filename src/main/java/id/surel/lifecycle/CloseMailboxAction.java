package id.surel.lifecycle;

import id.surel.audit.AuditLog;
import id.surel.mailbox.MailAccounts;
import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
import org.springframework.stereotype.Component;

/**
 * {@code close-mailbox}: the holder leaves (retirement, transfer). {@code kept}: the mailbox is locked and its content
 * retained, the account CLOSED. {@code handed-over}: the mailbox and its content go to the successor, who gets a new
 * password at their contact address and becomes the holder; the account stays ACTIVE under the same owner.
 */
@Component
class CloseMailboxAction implements SystemActionHandler {

    private final LifecycleTarget targets;
    private final MailAccounts accounts;
    private final CredentialDelivery credentials;
    private final Tenants tenants;
    private final AuditLog audit;

    CloseMailboxAction(LifecycleTarget targets, MailAccounts accounts, CredentialDelivery credentials,
            Tenants tenants, AuditLog audit) {
        this.targets = targets;
        this.accounts = accounts;
        this.credentials = credentials;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Override
    public SystemAction action() {
        return SystemAction.CLOSE_MAILBOX;
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        LifecycleTarget.Target target = targets.of(request);
        String tenantId = request.tenantId().value();
        AccountChange.Successor successor = target.change().successor();
        if (target.change().closeMode() == CloseMode.HANDED_OVER) {
            if (!target.applied()) {
                Tenant tenant = tenants.get(request.tenantId());
                LifecycleTarget.call(() -> target.directory().setActive(target.address(), true));
                credentials.deliver(tenant, target, successor.name(), successor.contact(), request.trackingNumber());
                accounts.handOver(tenantId, target.account().id(), successor.name(), successor.nip(),
                        successor.contact());
                accounts.setStatus(tenantId, target.account().id(), "ACTIVE");
                targets.applied(target);
                audit.record(tenantId, "sistem", "account.handedOver", target.address().toString(),
                        "to NIP " + successor.nip() + "; new password sent once to the successor's contact address;"
                                + " request " + request.trackingNumber());
            }
            return "Akun " + target.address() + " diserahkan kepada " + successor.name() + "; kata sandi baru dikirim ke "
                    + successor.contact();
        }
        if (!target.applied()) {
            LifecycleTarget.call(() -> target.directory().setActive(target.address(), false));
            accounts.setStatus(tenantId, target.account().id(), "CLOSED");
            targets.applied(target);
            audit.record(tenantId, "sistem", "account.closed", target.address().toString(),
                    "mailbox kept; request " + request.trackingNumber());
        }
        return "Akun " + target.address() + " ditutup; isi kotak surat disimpan";
    }
}
