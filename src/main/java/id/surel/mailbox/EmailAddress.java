package id.surel.mailbox;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as Surel issues it (e.g. budi.santoso@kotabogor.go.id): validated, lower-case. */
public record EmailAddress(String local, String domain) {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    // RFC 5321 limits the whole path to 256 octets including the angle brackets.
    private static final int MAX_ADDRESS = 254;
    private static final Pattern LOCAL_CHARS = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

    public EmailAddress {
        local = normalize(local, "bagian lokal kosong / empty local part");
        domain = normalize(domain, "domain kosong / empty domain");
        checkLocal(local, local + "@" + domain);
        checkDomain(domain, local + "@" + domain);
        if (local.length() + 1 + domain.length() > MAX_ADDRESS) {
            throw invalid(local + "@" + domain, "lebih dari 254 karakter / longer than 254 characters");
        }
    }

    /** Parses "local@domain"; throws IllegalArgumentException saying what is wrong. */
    public static EmailAddress of(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(String.valueOf(text), "kosong / empty");
        }
        String trimmed = text.strip();
        int at = trimmed.indexOf('@');
        if (at < 0 || at != trimmed.lastIndexOf('@')) {
            throw invalid(trimmed, "harus memuat tepat satu '@' / must contain exactly one '@'");
        }
        return new EmailAddress(trimmed.substring(0, at), trimmed.substring(at + 1));
    }

    @Override
    public String toString() {
        return local + "@" + domain;
    }

    private static String normalize(String part, String whenEmpty) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("alamat e-mail tidak sah / invalid e-mail address: " + whenEmpty);
        }
        return part.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkLocal(String local, String address) {
        if (local.length() > MAX_LOCAL) {
            throw invalid(address, "bagian lokal lebih dari 64 karakter / local part longer than 64 characters");
        }
        if (!LOCAL_CHARS.matcher(local).matches()) {
            throw invalid(address, "bagian lokal hanya boleh a-z, 0-9, titik, '_' dan '-'"
                    + " / local part may only contain a-z, 0-9, '.', '_' and '-'");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw invalid(address, "titik di awal, di akhir atau berurutan / dot at the start, at the end or doubled");
        }
    }

    private static void checkDomain(String domain, String address) {
        String[] labels = domain.split("\\.", -1);
        if (domain.length() > MAX_DOMAIN || labels.length < 2) {
            throw invalid(address, "domain bukan nama host yang sah / domain is not a valid host name");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(address, "domain bukan nama host yang sah / domain is not a valid host name");
            }
        }
        if (ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
            throw invalid(address, "domain berupa alamat IP / domain looks like an IP address");
        }
    }

    private static IllegalArgumentException invalid(String address, String reason) {
        return new IllegalArgumentException(
                "alamat e-mail tidak sah / invalid e-mail address: '" + address + "' (" + reason + ")");
    }
}
