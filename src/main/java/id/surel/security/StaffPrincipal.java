package id.surel.security;

import id.surel.tenant.StaffMember;
import id.surel.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member: carries the tenant every request of theirs is scoped to. */
public class StaffPrincipal implements UserDetails {

    private final StaffMember staff;
    private final boolean locked;

    StaffPrincipal(StaffMember staff, boolean locked) {
        this.staff = staff;
        this.locked = locked;
    }

    public TenantId tenantId() {
        return staff.tenantId();
    }

    public String fullName() {
        return staff.fullName();
    }

    public boolean admin() {
        return staff.admin();
    }

    public boolean mustChangePassword() {
        return staff.mustChangePassword();
    }

    public boolean totpEnabled() {
        return staff.totpEnabled();
    }

    /** The SOP actors (roles) this person may act as. */
    public Set<String> actorIds() {
        return staff.actorIds();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return staff.admin()
                ? List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_STAFF"));
    }

    @Override
    public String getPassword() {
        return staff.passwordHash();
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    /** False while too many wrong passwords were typed recently (checked before the password, so guessing stops). */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return staff.enabled();
    }
}
