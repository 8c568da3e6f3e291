package id.surel.security;

import id.surel.tenant.Operator;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in operator (super-admin): may manage tenants, and holds no staff role, so no tenant's requests, staff or
 * audit open to them.
 */
public class OperatorPrincipal implements UserDetails {

    private final Operator operator;
    private final boolean locked;

    OperatorPrincipal(Operator operator, boolean locked) {
        this.operator = operator;
        this.locked = locked;
    }

    public String fullName() {
        return operator.fullName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"));
    }

    @Override
    public String getPassword() {
        return operator.passwordHash();
    }

    @Override
    public String getUsername() {
        return operator.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return operator.enabled();
    }
}
