package id.surel.mailbox;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Makes strong initial mailbox passwords: at least one lower, upper, digit and symbol, no look-alike characters. */
@Component
public class PasswordGenerator {

    public static final int DEFAULT_LENGTH = 16;
    public static final int MIN_LENGTH = 12;

    // No 0/O, 1/l/I: the password may be read off a printed letter and typed by hand.
    static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String DIGITS = "23456789";
    // Easy to read off paper and type; no quotes, backslash, backtick, space, or '|' (it looks like l).
    static final String SYMBOLS = "!#%*+-=?@";
    private static final String[] CLASSES = {LOWER, UPPER, DIGITS, SYMBOLS};
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

    private final SecureRandom random = new SecureRandom();

    public char[] generate() {
        return generate(DEFAULT_LENGTH);
    }

    /** A password of {@code length} characters; the caller should clear the array once it is handed over. */
    public char[] generate(int length) {
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("password length must be at least " + MIN_LENGTH + ": " + length);
        }
        char[] password = new char[length];
        for (int i = 0; i < CLASSES.length; i++) {
            password[i] = pick(CLASSES[i]);
        }
        for (int i = CLASSES.length; i < length; i++) {
            password[i] = pick(ALL);
        }
        shuffle(password);
        return password;
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private void shuffle(char[] chars) {
        for (int i = chars.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
    }
}
