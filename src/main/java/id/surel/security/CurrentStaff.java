package id.surel.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one place that turns the logged-in user into the tenant and actor roles every staff action is scoped by. */
@Component
public class CurrentStaff {

    public StaffPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
    }

    /** The logged-in staff member; empty for a visitor, an applicant or the operator. */
    public Optional<StaffPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
