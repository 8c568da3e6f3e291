package id.surel.tenant;

import java.io.Serializable;
import java.util.Set;

/**
 * A government employee who acts in the SOP as one or more of its actors (roles), and may administer the tenant.
 * {@code mustChangePassword} is set when an admin chose the password; {@code totpEnabled} when the account has a
 * second factor.
 */
public record StaffMember(long id, TenantId tenantId, String username, String passwordHash, String fullName,
        String email, Set<String> actorIds, boolean enabled, boolean admin, boolean mustChangePassword,
        boolean totpEnabled) implements Serializable {
}
