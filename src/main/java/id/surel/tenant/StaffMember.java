package id.surel.tenant;

import java.io.Serializable;
import java.util.Set;

/** A government employee who acts in the SOP as one or more of its actors (roles), and may administer the tenant. */
public record StaffMember(long id, TenantId tenantId, String username, String passwordHash, String fullName,
        Set<String> actorIds, boolean enabled, boolean admin) implements Serializable {
}
