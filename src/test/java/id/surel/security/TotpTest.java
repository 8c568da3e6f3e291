package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The TOTP codes against the test vectors of RFC 6238 (appendix B), and the encryption of secrets at rest. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238TestVectors() {
        Totp sha1 = new Totp(8, "HmacSHA1");
        Totp sha256 = new Totp(8, "HmacSHA256");
        Totp sha512 = new Totp(8, "HmacSHA512");
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] expected1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        String[] expected256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
        String[] expected512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};
        for (int i = 0; i < times.length; i++) {
            Instant at = Instant.ofEpochSecond(times[i]);
            assertThat(sha1.code(SHA1_SEED, at)).as("SHA1 at " + times[i]).isEqualTo(expected1[i]);
            assertThat(sha256.code(SHA256_SEED, at)).as("SHA256 at " + times[i]).isEqualTo(expected256[i]);
            assertThat(sha512.code(SHA512_SEED, at)).as("SHA512 at " + times[i]).isEqualTo(expected512[i]);
        }
    }

    @Test
    void aCodeMatchesItsOwnStepAndOneStepEitherSideButNoFurther() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_700_000_010L);
        String current = totp.code(SHA1_SEED, now);
        assertThat(totp.matchingStep(SHA1_SEED, current, now)).isEqualTo(Totp.step(now));
        String previous = totp.code(SHA1_SEED, now.minusSeconds(30));
        assertThat(totp.matchingStep(SHA1_SEED, previous, now)).isEqualTo(Totp.step(now) - 1);
        String old = totp.code(SHA1_SEED, now.minusSeconds(90));
        assertThat(totp.matchingStep(SHA1_SEED, old, now)).isEqualTo(-1);
    }

    @Test
    void secretsAreEncryptedAndBoundToTheirAccount() {
        TotpSecretCipher cipher = new TotpSecretCipher("REVWLU9OTFktdG90cC1rZXktTk9ULUZPUi1QUk9EISE=");
        String sealed = cipher.encrypt(SHA1_SEED, "a@t");
        assertThat(sealed).doesNotContain("1234567890");
        assertThat(cipher.encrypt(SHA1_SEED, "a@t")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed, "a@t")).isEqualTo(SHA1_SEED);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "b@t")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TotpSecretCipher("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
