package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Brute force is throttled: five wrong passwords lock the account for 15 minutes, even for the right password. */
@SurelIntegrationTest
class LoginThrottleTest {

    private static final String USER = "staf-teknis@kab-morowali";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        jdbc.sql("delete from login_failure where username = ?").param(USER).update();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheWindowHasPassed() {
        clock.set(Instant.parse("2098-05-04T02:00:00Z"));
        for (int i = 0; i < 5; i++) {
            Document page = new WebSession(port).login(USER, "tebakan-" + i);
            assertThat(page.selectFirst("#login-error")).isNotNull();
        }
        WebSession owner = new WebSession(port);
        Document locked = owner.login(USER, "surel-demo");
        assertThat(locked.selectFirst("#login-locked").text()).contains("dikunci sementara");
        assertThat(locked.selectFirst("#inbox")).isNull();

        clock.advance(Duration.ofMinutes(16));
        Document inbox = new WebSession(port).login(USER, "surel-demo");
        assertThat(inbox.selectFirst("#inbox")).as("the lock has expired").isNotNull();
    }
}
