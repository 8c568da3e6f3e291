package id.surel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional TOTP second factor of staff accounts: enrolment (a secret kept encrypted until the first right code
 * switches it on), checking a code at login (each time step accepted once, so a seen code cannot be replayed; wrong
 * codes count as failed logins, so guessing is throttled like passwords) and one-time recovery codes. Recovery codes
 * are 80 random bits, so a plain SHA-256 is enough to store them: there is nothing to guess from the hash.
 */
@Service
public class SecondFactors {

    private static final String ISSUER = "Surel";
    private static final int SECRET_BYTES = 20;
    private static final int RECOVERY_CODES = 10;

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();
    private final Base32 base32 = new Base32();

    SecondFactors(JdbcClient jdbc, TotpSecretCipher cipher, LoginThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.throttle = throttle;
        this.clock = clock;
    }

    public enum Check { ACCEPTED, REFUSED, LOCKED }

    /** A new secret for the account (not yet switched on); the otpauth URI the authenticator app scans. */
    public Enrolment start(String username) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        jdbc.sql("update staff set totp_secret = ?, totp_enabled = false, totp_last_step = null where username = ?")
                .params(cipher.encrypt(secret, username), username)
                .update();
        String key = base32.encodeToString(secret).replace("=", "");
        String label = ISSUER + ":" + username;
        return new Enrolment(key, "otpauth://totp/" + encode(label) + "?secret=" + key + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + Totp.STEP.toSeconds());
    }

    /** Switches the factor on if {@code code} is right for the pending secret; returns the recovery codes, once. */
    @Transactional
    public List<String> confirm(String username, String code) {
        if (enabled(username) || check(username, code, false) != Check.ACCEPTED) {
            return List.of();
        }
        jdbc.sql("update staff set totp_enabled = true where username = ?").param(username).update();
        return newRecoveryCodes(username);
    }

    /** The login step: a current authenticator code or an unused recovery code. */
    @Transactional
    public Check verify(String username, String code) {
        if (!enabled(username)) {
            return Check.REFUSED;
        }
        return check(username, code, true);
    }

    public void disable(String username) {
        jdbc.sql("update staff set totp_secret = null, totp_enabled = false, totp_last_step = null where username = ?")
                .param(username)
                .update();
        jdbc.sql("delete from staff_recovery_code where staff_id = (select id from staff where username = ?)")
                .param(username)
                .update();
    }

    public boolean enabled(String username) {
        return jdbc.sql("select totp_enabled from staff where username = ?")
                .param(username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private Check check(String username, String code, boolean recoveryAllowed) {
        if (throttle.isLocked(username)) {
            return Check.LOCKED;
        }
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (typed.matches("\\d{6}") && acceptTotp(username, typed)
                || recoveryAllowed && typed.length() == 16 && useRecoveryCode(username, typed)) {
            throttle.clear(username);
            return Check.ACCEPTED;
        }
        throttle.recordFailure(username);
        return throttle.isLocked(username) ? Check.LOCKED : Check.REFUSED;
    }

    private boolean acceptTotp(String username, String typed) {
        String stored = jdbc.sql("select totp_secret from staff where username = ? and totp_secret is not null")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(null);
        if (stored == null) {
            return false;
        }
        long step = totp.matchingStep(cipher.decrypt(stored, username), typed, clock.instant());
        // one row update decides, so two nodes cannot both accept the same code
        return step >= 0 && jdbc.sql("""
                update staff set totp_last_step = ? where username = ? and (totp_last_step is null or totp_last_step < ?)
                """)
                .params(step, username, step)
                .update() == 1;
    }

    private boolean useRecoveryCode(String username, String typed) {
        return jdbc.sql("""
                update staff_recovery_code set used_at = ?
                where staff_id = (select id from staff where username = ?) and code_hash = ? and used_at is null
                """)
                .params(Timestamp.from(clock.instant()), username, sha256(typed))
                .update() == 1;
    }

    private List<String> newRecoveryCodes(String username) {
        jdbc.sql("delete from staff_recovery_code where staff_id = (select id from staff where username = ?)")
                .param(username)
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] bytes = new byte[10];
            random.nextBytes(bytes);
            String code = base32.encodeToString(bytes);
            jdbc.sql("insert into staff_recovery_code (staff_id, code_hash) select id, ? from staff where username = ?")
                    .params(sha256(code), username)
                    .update();
            codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                    + code.substring(12));
        }
        return codes;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the enrolment page shows: the secret for typing in by hand and the URI in the QR code. */
    public record Enrolment(String key, String uri) {
    }
}
