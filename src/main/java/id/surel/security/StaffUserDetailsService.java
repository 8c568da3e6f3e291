package id.surel.security;

import id.surel.tenant.Operators;
import id.surel.tenant.StaffDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts, and operator (super-admin) accounts, for form login. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory staff;
    private final Operators operators;
    private final LoginThrottle throttle;

    StaffUserDetailsService(StaffDirectory staff, Operators operators, LoginThrottle throttle) {
        this.staff = staff;
        this.operators = operators;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .<UserDetails>map(member -> new StaffPrincipal(member, throttle.isLocked(username)))
                .or(() -> operators.findByUsername(username)
                        .map(operator -> new OperatorPrincipal(operator, throttle.isLocked(username))))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
