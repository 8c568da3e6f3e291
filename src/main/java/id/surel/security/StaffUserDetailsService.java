package id.surel.security;

import id.surel.tenant.StaffDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for form login. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory staff;

    StaffUserDetailsService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
