package id.surel.security;

import id.surel.tenant.StaffDirectory;
import id.surel.tenant.StaffMember;
import id.surel.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a verified OIDC login into a Surel staff member, or refuses it: the registration must be configured for a
 * tenant, the tenant claim must name that tenant, and a staff account of that name must exist there and be enabled.
 * The SOP actors and the admin right come from the provider's roles, so the provider is where they are managed.
 */
@Component
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final SsoSettings settings;
    private final StaffDirectory staff;

    SsoUserService(SsoSettings settings, StaffDirectory staff) {
        this.settings = settings;
        this.staff = staff;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        SsoSettings.Registration registration = settings.registrations()
                .get(request.getClientRegistration().getRegistrationId());
        if (registration == null) {
            throw refused("sso_not_configured");
        }
        if (!values(user.getClaims().get(registration.tenantClaim())).contains(registration.tenant())) {
            throw refused("sso_other_tenant");
        }
        String username = user.getClaimAsString(registration.usernameClaim());
        StaffMember member = username == null ? null
                : staff.find(new TenantId(registration.tenant()), username).filter(StaffMember::enabled).orElse(null);
        if (member == null) {
            throw refused("sso_unknown_user");
        }
        List<String> roles = values(user.getClaims().get(registration.rolesClaim()));
        Set<String> actors = roles.stream()
                .filter(r -> r.startsWith(registration.actorRolePrefix()))
                .map(r -> r.substring(registration.actorRolePrefix().length()))
                .collect(Collectors.toSet());
        StaffMember mapped = new StaffMember(member.id(), member.tenantId(), member.username(), member.passwordHash(),
                member.fullName(), member.email(), actors, true, roles.contains(registration.adminRole()), false,
                false);
        return new SsoStaffPrincipal(mapped, user);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
