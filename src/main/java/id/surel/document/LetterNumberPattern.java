package id.surel.document;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant's letter-number pattern, e.g. {@code {seq}/{kind}/DISKOMINFO/{month-roman}/{year}} gives
 * {@code 007/SB/DISKOMINFO/XI/2026}. Placeholders: {@code {seq}} (the yearly sequence, at least three digits; required,
 * so that numbers never repeat), {@code {kind}} (the letter kind's code), {@code {month-roman}}, {@code {month}} (two
 * digits), {@code {year}} and {@code {tenant}} (the tenant's code).
 */
public record LetterNumberPattern(String value) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");
    private static final Set<String> KNOWN = Set.of("seq", "kind", "month-roman", "month", "year", "tenant");

    /** For a tenant that set none (declared after the constants its constructor uses). */
    public static final LetterNumberPattern DEFAULT = new LetterNumberPattern("{seq}/{kind}/{tenant}/{month-roman}/{year}");

    public LetterNumberPattern {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("pola nomor surat kosong / empty letter-number pattern");
        }
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new IllegalArgumentException("pola nomor surat: {" + m.group(1) + "} tidak dikenal / unknown "
                        + "placeholder in letter-number pattern " + value + " (known: " + KNOWN + ")");
            }
        }
        if (!value.contains("{seq}")) {
            throw new IllegalArgumentException(
                    "pola nomor surat tanpa {seq} / letter-number pattern without {seq}: " + value);
        }
    }

    /** The pattern of a tenant's settings, or the default when it has none. */
    public static LetterNumberPattern orDefault(String value) {
        return value == null || value.isBlank() ? DEFAULT : new LetterNumberPattern(value);
    }

    public String format(long sequence, String kind, LetterDate date, String tenantCode) {
        return value.replace("{seq}", "%03d".formatted(sequence))
                .replace("{kind}", kind)
                .replace("{month-roman}", date.romanMonth())
                .replace("{month}", "%02d".formatted(date.date().getMonthValue()))
                .replace("{year}", String.valueOf(date.date().getYear()))
                .replace("{tenant}", tenantCode);
    }
}
