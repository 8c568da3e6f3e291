package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A staff member turns on TOTP by scanning the QR code; from then on the login asks for a code after the password: a
 * wrong or replayed code is refused, the right one and a recovery code (once) let in, and guessing is throttled.
 */
@SurelIntegrationTest
class SecondFactorLoginTest {

    private static final String PASSWORD = "Sampan-Kayu-Hanyut-77";
    private static final Instant START = Instant.parse("2098-07-01T02:00:10Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private final Totp totp = new Totp();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theSecondFactorIsAskedAfterThePasswordAndRefusesWrongAndReplayedCodes() {
        String user = newAccount("totp-a");
        clock.set(START);
        byte[] secret = enrol(user);

        WebSession session = new WebSession(port);
        Document codePage = session.login(user, PASSWORD);
        assertThat(codePage.selectFirst("#login-code-form")).as(codePage.text()).isNotNull();
        assertThat(session.get("/kotak-masuk").selectFirst("#login-code-form")).as("nothing else opens").isNotNull();
        String right = totp.code(secret, clock.instant());
        String wrong = right.equals("000000") ? "111111" : "000000";
        assertThat(session.submit(codePage, "#login-code-form", Map.of("kode", wrong)).selectFirst("#code-error"))
                .isNotNull();
        Document inbox = session.submit(session.get("/login/kode"), "#login-code-form", Map.of("kode", right));
        assertThat(inbox.selectFirst("#inbox")).as(inbox.text()).isNotNull();

        WebSession replay = new WebSession(port);
        Document again = replay.submit(replay.login(user, PASSWORD), "#login-code-form", Map.of("kode", right));
        assertThat(again.selectFirst("#code-error")).as("a code is accepted once").isNotNull();
        clock.advance(Duration.ofSeconds(30));
        Document next = replay.submit(replay.get("/login/kode"), "#login-code-form",
                Map.of("kode", totp.code(secret, clock.instant())));
        assertThat(next.selectFirst("#inbox")).as(next.text()).isNotNull();
        assertThat(jdbc.sql("select action from audit_log where actor = ? order by position").param(user)
                .query(String.class).list())
                .contains("staff.totp.enabled", "login.second-factor.refused", "login.second-factor.accepted");
    }

    @Test
    void aRecoveryCodeWorksOnceAndTheSecretIsStoredEncrypted() {
        String user = newAccount("totp-b");
        clock.set(START);
        WebSession session = new WebSession(port);
        session.login(user, PASSWORD);
        Document enrolPage = session.get("/akun/dua-langkah");
        String key = enrolPage.selectFirst("#totp-key").text();
        assertThat(enrolPage.selectFirst("#totp-qr")).as("QR code drawn as SVG").isNotNull();
        Document done = session.submit(enrolPage, "#totp-confirm-form",
                Map.of("kode", totp.code(new Base32().decode(key), clock.instant())));
        List<String> codes = done.select(".recovery-code").eachText();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        String stored = jdbc.sql("select totp_secret from staff where username = ?").param(user)
                .query(String.class).single();
        assertThat(stored).doesNotContain(key);
        assertThat(jdbc.sql("select count(*) from staff_recovery_code r join staff s on s.id = r.staff_id "
                + "where s.username = ? and r.code_hash = ?").params(user, codes.get(0).replace("-", ""))
                .query(Long.class).single()).as("only hashes are stored").isZero();

        WebSession lostPhone = new WebSession(port);
        Document in = lostPhone.submit(lostPhone.login(user, PASSWORD), "#login-code-form",
                Map.of("kode", codes.get(0)));
        assertThat(in.selectFirst("#inbox")).as(in.text()).isNotNull();
        WebSession twice = new WebSession(port);
        Document refused = twice.submit(twice.login(user, PASSWORD), "#login-code-form", Map.of("kode", codes.get(0)));
        assertThat(refused.selectFirst("#code-error")).isNotNull();
    }

    @Test
    void guessingCodesLocksTheAccountLikeWrongPasswords() {
        String user = newAccount("totp-c");
        clock.set(START);
        byte[] secret = enrol(user);
        String right = totp.code(secret, clock.instant());
        WebSession guesser = new WebSession(port);
        Document page = guesser.login(user, PASSWORD);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            String guess = String.format("%06d", 123450 + i);
            page = guesser.submit(guesser.get("/login/kode"), "#login-code-form",
                    Map.of("kode", guess.equals(right) ? "999999" : guess));
        }
        assertThat(page.selectFirst("#login-locked")).as(page.text()).isNotNull();
        Document locked = new WebSession(port).login(user, PASSWORD);
        assertThat(locked.selectFirst("#login-locked")).as("the password alone no longer helps").isNotNull();
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        WebSession later = new WebSession(port);
        Document in = later.submit(later.login(user, PASSWORD), "#login-code-form",
                Map.of("kode", totp.code(secret, clock.instant())));
        assertThat(in.selectFirst("#inbox")).as(in.text()).isNotNull();
    }

    private String newAccount(String login) {
        String user = login + "-" + System.nanoTime() + "@kota-batam";
        directory.create(new TenantId("kota-batam"), user, encoder.encode(PASSWORD), "Uji Dua Langkah", null,
                Set.of(), false, false);
        return user;
    }

    private byte[] enrol(String user) {
        WebSession session = new WebSession(port);
        session.login(user, PASSWORD);
        Document page = session.get("/akun/dua-langkah");
        byte[] secret = new Base32().decode(page.selectFirst("#totp-key").text());
        Document done = session.submit(page, "#totp-confirm-form", Map.of("kode", totp.code(secret, clock.instant())));
        assertThat(done.selectFirst("#totp-on")).as(done.text()).isNotNull();
        clock.advance(Duration.ofSeconds(30));
        return secret;
    }
}
