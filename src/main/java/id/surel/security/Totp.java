package id.surel.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps. */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    /** One step either side, for a phone clock that is a little off. */
    static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator;

    Totp(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    }

    Totp() {
        this(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    String code(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The time step whose code {@code typed} is, within the drift allowed around {@code now}; -1 if none. */
    long matchingStep(byte[] secret, String typed, Instant now) {
        for (int offset = -DRIFT_STEPS; offset <= DRIFT_STEPS; offset++) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            if (java.security.MessageDigest.isEqual(code(secret, at).getBytes(), typed.getBytes())) {
                return step(at);
            }
        }
        return -1;
    }
}
