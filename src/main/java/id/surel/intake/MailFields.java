package id.surel.intake;

import id.surel.request.InvalidNipException;
import id.surel.request.Nip;
import id.surel.sop.RequestType;
import id.surel.tenant.Unit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the request fields out of a free-text mail: labelled lines ("Nama: ...", "NIP: ...", "Perangkat Daerah:
 * ..."), an 18-digit NIP anywhere (as printed, with its spaces), an agency by its code or name, the request type and
 * its own fields ({@link MailRequestType}). What it cannot read
 * stays empty for the staff to fill in; nothing here guesses beyond what the text says.
 */
final class MailFields {

    private static final Pattern NAME = Pattern.compile(
            "(?im)^[ \\t>*-]*(?:nama(?:\\s+lengkap)?|name|full\\s+name)\\s*[:=]\\s*(.+)$");
    private static final Pattern UNIT = Pattern.compile(
            "(?im)^[ \\t>*-]*(?:nama\\s+)?(?:perangkat\\s+daerah|opd|unit(?:\\s+kerja)?|instansi|agency)\\s*[:=]\\s*(.+)$");
    private static final Pattern LOCAL_PART = Pattern.compile(
            "(?im)^[ \\t>*-]*(?:usulan\\s+alamat|alamat\\s+yang\\s+diusulkan|proposed\\s+address)\\s*[:=]\\s*([^@\\s]+)");
    private static final Pattern NIP = Pattern.compile("(?<!\\d)(\\d{8}) ?(\\d{6}) ?(\\d) ?(\\d{3})(?!\\d)");

    private MailFields() {
    }

    /** The fields, the request type the mail names (else the SOP's first) and that type's own fields. */
    static DraftFields read(ReadMail mail, List<Unit> units, List<RequestType> types) {
        String text = mail.text() == null ? "" : mail.text();
        String name = first(NAME, text).orElse(mail.senderName());
        String localPart = first(LOCAL_PART, text).map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        RequestType type = MailRequestType.read(mail.subject(), text, types).orElse(types.get(0));
        return new DraftFields(limit(name, 120), nip(text), unit(text, units), limit(localPart, 64), type.id(),
                MailRequestType.fields(text, type));
    }

    private static String nip(String text) {
        Matcher m = NIP.matcher(text);
        String firstSeen = null;
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4);
            firstSeen = firstSeen == null ? digits : firstSeen;
            try {
                return new Nip(digits).value();
            } catch (InvalidNipException e) {
                // a number that is no valid NIP (e.g. a phone number): look further, keep it if nothing better
            }
        }
        return firstSeen;
    }

    private static String unit(String text, List<Unit> units) {
        Optional<String> labelled = first(UNIT, text);
        if (labelled.isPresent()) {
            String value = normal(labelled.get());
            for (Unit unit : units) {
                if (value.equals(normal(unit.code())) || value.equals(normal(unit.name()))) {
                    return unit.code();
                }
            }
            for (Unit unit : units) {
                if (value.length() >= 4 && (value.contains(normal(unit.name())) || normal(unit.name()).contains(value))) {
                    return unit.code();
                }
            }
        }
        String all = normal(text);
        return units.stream().filter(u -> all.contains(normal(u.name()))).map(Unit::code).findFirst().orElse(null);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
