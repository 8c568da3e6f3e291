package id.surel.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one place that turns the logged-in user into the tenant and actor roles every staff action is scoped by. */
@Component
public class CurrentStaff {

    public StaffPrincipal get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal principal)) {
            throw new IllegalStateException("No staff member is logged in");
        }
        return principal;
    }
}
