package id.surel.mailbox.connector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * How Surel hashes a mailbox password before it reaches a directory, in the "{SCHEME}hash" form that OpenLDAP and
 * Dovecot both read. The plain password never leaves this class.
 */
public enum PasswordScheme {

    SSHA("SSHA"),
    SSHA512("SSHA512"),
    BLF_CRYPT("BLF-CRYPT");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    // Dovecot verifies every IMAP login against this cost; 10 is bcrypt's usual default.
    private static final BCryptPasswordEncoder BCRYPT =
            new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2Y, 10, RANDOM);

    private final String label;

    PasswordScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a setting value such as "SSHA512" or "blf-crypt"; empty when it names no scheme. */
    public static Optional<PasswordScheme> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(scheme -> scheme.label.equals(wanted)).findFirst();
    }

    public String hash(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("kata sandi kosong / empty password");
        }
        return switch (this) {
            case SSHA -> "{SSHA}" + saltedDigest("SHA-1", password);
            case SSHA512 -> "{SSHA512}" + saltedDigest("SHA-512", password);
            case BLF_CRYPT -> "{BLF-CRYPT}" + BCRYPT.encode(CharBuffer.wrap(password));
        };
    }

    private static String saltedDigest(String algorithm, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(bytes);
            digest.update(salt);
            byte[] hash = digest.digest();
            byte[] hashAndSalt = Arrays.copyOf(hash, hash.length + salt.length);
            System.arraycopy(salt, 0, hashAndSalt, hash.length, salt.length);
            return Base64.getEncoder().encodeToString(hashAndSalt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
