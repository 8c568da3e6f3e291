package id.surel.mailbox;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every address follows whatever the government: the syntax of a local part, the reserved names no one may
 * take (RFC 2142 role names and the like; a government adds its own in {@link NamingRules}), and how a name becomes
 * words or a slug.
 */
public final class LocalPartPolicy {

    private static final Set<String> RESERVED = Set.of("postmaster", "admin", "administrator", "abuse", "root",
            "hostmaster", "webmaster", "noreply", "no-reply", "mailer-daemon", "security", "mailadmin", "support");
    private static final Set<String> TITLES = Set.of("dr", "drs", "dra", "ir", "h", "hj", "prof", "drg", "apt", "ns");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?");

    private LocalPartPolicy() {
    }

    /**
     * The words of a person's name as an address uses them: {@code "Dr. Budi Santoso, S.Kom., M.T."} gives
     * {@code [budi, santoso]} (titles and the degrees after the comma dropped, accents removed).
     */
    static List<String> personWords(String fullName) {
        String withoutDegrees = fullName.split(",")[0];
        List<String> words = Arrays.stream(ascii(withoutDegrees).split("[^a-z0-9]+"))
                .filter(w -> !w.isBlank())
                .filter(w -> !TITLES.contains(w))
                .toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("nama tidak berisi huruf / the name has no letters: " + fullName);
        }
        return words;
    }

    /** A unit's or event's name or acronym as a local part: {@code "Festival Budaya 2026"} -> {@code festival.budaya.2026}. */
    public static String fromName(String name) {
        String slug = String.join(".", Arrays.stream(ascii(name).split("[^a-z0-9]+")).filter(w -> !w.isBlank()).toList());
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("nama tidak berisi huruf / the name has no letters: " + name);
        }
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("[._-]+$", "") : slug;
    }

    /** Whether a local part someone typed may be used (syntax and reserved names). */
    public static boolean isAcceptable(String localPart) {
        return localPart != null && VALID.matcher(localPart).matches() && !localPart.contains("..")
                && !RESERVED.contains(localPart);
    }

    /** The names reserved everywhere, sorted: shown to an admin, who cannot take them off. */
    public static List<String> globallyReserved() {
        return RESERVED.stream().sorted().toList();
    }

    /** Whether a text has the syntax of a local part (reserved or not). */
    static boolean isWellFormed(String localPart) {
        return localPart != null && VALID.matcher(localPart).matches() && !localPart.contains("..");
    }

    /** Reserved everywhere, whatever the government's own list says. */
    public static boolean isReserved(String localPart) {
        return RESERVED.contains(localPart);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
