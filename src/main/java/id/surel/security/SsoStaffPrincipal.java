package id.surel.security;

import id.surel.tenant.StaffMember;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A staff member logged in through the tenant's identity provider: the Surel account it maps to, with the actors and
 * admin right the provider's claims grant (the provider does its own second factor, so Surel asks for none).
 */
class SsoStaffPrincipal extends StaffPrincipal implements OidcUser {

    private final OidcUser oidc;

    SsoStaffPrincipal(StaffMember staff, OidcUser oidc) {
        super(staff, false);
        this.oidc = oidc;
    }

    @Override
    public boolean totpEnabled() {
        return false;
    }

    @Override
    public boolean mustChangePassword() {
        return false;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
