package id.surel.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (bcrypt
 * reads no further), not a well-known password (the bundled list, also with digits or symbols stuck around it, as in
 * "password2024!"), not one chunk repeated, and not containing the person's login or name. Answers with a message key.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final int MIN_NAME_PART = 3;
    private static final String DIGIT_RUNS = "1234567890".repeat(8) + " " + "9876543210".repeat(8);

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** The message key of the first rule {@code password} breaks, or empty if it is acceptable. */
    public Optional<String> problem(String password, String username, String fullName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower) || common.contains(core) || lower.chars().distinct().count() < 4
                || DIGIT_RUNS.contains(lower) || lower.matches("(.+)\\1+")) {
            return Optional.of("password.common");
        }
        if (containsPartOf(lower, username == null ? "" : username.split("@")[0])
                || containsPartOf(lower, fullName == null ? "" : fullName)) {
            return Optional.of("password.personal");
        }
        return Optional.empty();
    }

    private static boolean containsPartOf(String password, String personal) {
        for (String part : personal.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (part.length() >= MIN_NAME_PART && password.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#!comment:") && !line.isBlank())
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
