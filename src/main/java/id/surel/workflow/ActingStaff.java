package id.surel.workflow;

import id.surel.security.StaffPrincipal;
import id.surel.tenant.TenantId;
import java.util.Set;

/** The staff member performing a transition, with the SOP actors they may act as. */
public record ActingStaff(TenantId tenantId, String username, String fullName, Set<String> actorIds) {

    public static ActingStaff of(StaffPrincipal principal) {
        return new ActingStaff(principal.tenantId(), principal.getUsername(), principal.fullName(), principal.actorIds());
    }
}
