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
    private final LoginThrottle throttle;

    StaffUserDetailsService(StaffDirectory staff, LoginThrottle throttle) {
        this.staff = staff;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .map(member -> new StaffPrincipal(member, throttle.isLocked(username)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
