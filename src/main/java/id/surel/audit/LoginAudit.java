package id.surel.audit;

import id.surel.security.OperatorPrincipal;
import id.surel.security.StaffPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login, successful or not, goes into the audit trail (the username only, never what was typed as password). */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            audit.record(staff.tenantId().value(), staff.getUsername(), "login.succeeded", null, null);
        } else if (event.getAuthentication().getPrincipal() instanceof OperatorPrincipal operator) {
            audit.record(null, operator.getUsername(), "login.succeeded", "operator", null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(null, String.valueOf(event.getAuthentication().getName()), "login.failed", null,
                event.getException().getClass().getSimpleName());
    }
}
