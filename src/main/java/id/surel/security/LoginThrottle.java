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
        jdbc.sql("insert into login_failure (username, at) values (?, ?)")
                .params(String.valueOf(event.getAuthentication().getName()), Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where username = ?").param(event.getAuthentication().getName()).update();
    }
}
