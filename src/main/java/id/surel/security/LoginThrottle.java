package id.surel.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection: after {@value #MAX_FAILURES} wrong passwords within {@link #WINDOW} a username is locked
 * until the window has passed. Counted in the database, so every node sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        return jdbc.sql("select count(*) from login_failure where username = ? and at > ?")
                .params(username, Timestamp.from(clock.instant().minus(WINDOW)))
                .query(Long.class)
                .single() >= MAX_FAILURES;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    /** A wrong password or a wrong second-factor code: both count towards the same lock. */
    void recordFailure(String username) {
        jdbc.sql("insert into login_failure (username, at) values (?, ?)")
                .params(username, Timestamp.from(clock.instant()))
                .update();
    }

    /** The right password clears the count, unless a second factor is still to come (its guesses must add up). */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff && staff.totpEnabled())) {
            clear(event.getAuthentication().getName());
        }
    }

    void clear(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(username).update();
    }
}
