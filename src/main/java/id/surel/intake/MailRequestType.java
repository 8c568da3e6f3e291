package id.surel.intake;

import id.surel.sop.Label;
import id.surel.sop.RequestField;
import id.surel.sop.RequestType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads which of the SOP's request types a mail asks for, and that type's own fields, from the definition's ids and
 * labels only: a labelled line ("Jenis: OPD", "Jenis permohonan: Kegiatan / acara", "Type: Agency (OPD)") naming one
 * type by its id or label, else a subject holding the full label of exactly one type. Anything less certain reads as
 * nothing, and staff choose the type on the draft page.
 */
final class MailRequestType {

    private static final Pattern TYPE_LINE = Pattern.compile(
            "(?im)^[ \\t>*-]*(?:jenis(?:\\s+(?:permohonan|akun))?|(?:request\\s+|account\\s+)?type)\\s*[:=]\\s*(.+)$");

    private MailRequestType() {
    }

    /** The type the mail names without doubt, if any. */
    static Optional<RequestType> read(String subject, String text, List<RequestType> types) {
        Matcher line = TYPE_LINE.matcher(text == null ? "" : text);
        if (line.find()) {
            String named = normal(line.group(1));
            Optional<RequestType> exact = only(types.stream().filter(t -> names(t, true).anyMatch(named::equals)));
            return exact.isPresent() ? exact
                    : only(types.stream().filter(t -> names(t, true).anyMatch(n -> containsWords(named, n))));
        }
        String inSubject = normal(subject == null ? "" : subject);
        return only(types.stream().filter(t -> names(t, false).anyMatch(n -> containsWords(inSubject, n))));
    }

    /** The type's own fields found as labelled lines ("Nama kegiatan: HUT Kota"), by field id. */
    static Map<String, String> fields(String text, RequestType type) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RequestField field : type.fields()) {
            String names = Stream.of(field.id(), field.label() == null ? null : field.label().id(),
                            field.label() == null ? null : field.label().en())
                    .filter(n -> n != null && !n.isBlank())
                    .map(n -> Pattern.quote(n.strip()).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
            Matcher m = Pattern.compile("(?im)^[ \\t>*-]*(?:" + names + ")\\s*[:=]\\s*(.+)$")
                    .matcher(text == null ? "" : text);
            if (m.find() && !m.group(1).isBlank()) {
                String value = m.group(1).strip();
                values.put(field.id(), value.length() > field.maxLength() ? value.substring(0, field.maxLength())
                        : value);
            }
        }
        return values;
    }

    private static Stream<String> names(RequestType type, boolean withId) {
        Label label = type.label();
        Stream<String> labels = label == null ? Stream.empty() : Stream.of(label.id(), label.en());
        return Stream.concat(withId ? Stream.of(type.id()) : Stream.empty(), labels)
                .filter(n -> n != null && !n.isBlank())
                .map(MailRequestType::normal)
                .filter(n -> !n.isEmpty());
    }

    private static Optional<RequestType> only(Stream<RequestType> matches) {
        List<RequestType> found = matches.distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean containsWords(String text, String words) {
        return (" " + text + " ").contains(" " + words + " ");
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
