package id.surel.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on per tenant: for each OIDC client registration (spring.security.oauth2.client.registration.ID), the
 * tenant it logs into and how the identity provider's claims map to Surel: {@code tenantClaim} must hold the tenant
 * id (a string or a list, e.g. Keycloak's group membership), {@code rolesClaim} lists roles, of which those starting
 * with {@code actorRolePrefix} name SOP actors and {@code adminRole} makes a tenant admin, and {@code usernameClaim}
 * names the Surel staff account, which must exist in that tenant.
 */
@ConfigurationProperties(prefix = "surel.sso")
public record SsoSettings(Map<String, Registration> registrations) {

    public SsoSettings {
        registrations = registrations == null ? Map.of() : Map.copyOf(registrations);
    }

    public record Registration(String tenant, String tenantClaim, String rolesClaim, String actorRolePrefix,
            String adminRole, String usernameClaim) {

        public Registration {
            tenantClaim = tenantClaim == null ? "surel_tenant" : tenantClaim;
            rolesClaim = rolesClaim == null ? "surel_roles" : rolesClaim;
            actorRolePrefix = actorRolePrefix == null ? "actor." : actorRolePrefix;
            adminRole = adminRole == null ? "surel-admin" : adminRole;
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        }
    }
}
