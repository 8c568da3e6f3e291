package id.surel.lifecycle;

import id.surel.audit.AuditLog;
import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
import org.springframework.stereotype.Component;

/** {@code reset-password}: a new one-time password, sent only to the verified holder's recorded contact address. */
@Component
class ResetPasswordAction implements SystemActionHandler {

    private final LifecycleTarget targets;
    private final CredentialDelivery credentials;
    private final Tenants tenants;
    private final AuditLog audit;

    ResetPasswordAction(LifecycleTarget targets, CredentialDelivery credentials, Tenants tenants, AuditLog audit) {
        this.targets = targets;
        this.credentials = credentials;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Override
    public SystemAction action() {
        return SystemAction.RESET_PASSWORD;
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        LifecycleTarget.Target target = targets.of(request);
        if (target.applied()) {
            return "Kata sandi " + target.address() + " sudah diatur ulang sebelumnya";
        }
        Tenant tenant = tenants.get(request.tenantId());
        credentials.deliver(tenant, target, request.applicantName(), request.contactEmail(), request.trackingNumber());
        targets.applied(target);
        audit.record(tenant.id().value(), "sistem", "credential.reset", target.address().toString(),
                "new password sent once to the holder's recorded contact address; request " + request.trackingNumber());
        return "Kata sandi " + target.address() + " diatur ulang; kata sandi baru dikirim ke " + request.contactEmail();
    }
}
