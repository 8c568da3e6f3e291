package id.surel.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a government names its addresses, as data: patterns tried in order for a person ({@code personal}, or
 * {@code oneWord} for a one-word name, common in Indonesia), a unit and an event, then (if {@code numbered}) the first
 * candidate with 2, 3, ... appended; and the government's own reserved names on top of the global ones.
 *
 * <p>Tokens: {@code {first}}, {@code {last}}, {@code {middle}} (the middle names joined by dots), {@code {m}} (their
 * initials), {@code {f}} (the first initial), {@code {unit}} (the applicant's unit code), {@code {acronym}} (a unit's
 * official acronym, its code), {@code {name}} (a unit's or event's name as words joined by dots). A pattern whose
 * token is empty for this name (no middle name) is skipped.
 */
public record NamingRules(List<String> personal, List<String> oneWord, List<String> unit, List<String> event,
        Boolean numbered, List<String> reserved) {

    static final Set<String> TOKENS = Set.of("first", "last", "middle", "m", "f", "unit", "acronym", "name");
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)}");
    private static final int MAX_NUMBER = 99;
    private static final List<String> DEFAULT_PERSONAL =
            List.of("{first}.{last}", "{first}.{middle}.{last}", "{first}.{m}.{last}");
    private static final List<String> DEFAULT_ONE_WORD = List.of("{first}", "{first}.{unit}");
    private static final List<String> DEFAULT_UNIT = List.of("{acronym}", "{name}");
    private static final List<String> DEFAULT_EVENT = List.of("{name}");

    public static final NamingRules DEFAULT = new NamingRules(null, null, null, null, null, null);

    /** Missing lists take the default; an unknown token is refused, naming the known ones. */
    public NamingRules {
        personal = orDefault(personal, DEFAULT_PERSONAL);
        oneWord = orDefault(oneWord, DEFAULT_ONE_WORD);
        unit = orDefault(unit, DEFAULT_UNIT);
        event = orDefault(event, DEFAULT_EVENT);
        numbered = numbered == null || numbered;
        reserved = reserved == null ? List.of()
                : reserved.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList();
        for (List<String> patterns : List.of(personal, oneWord, unit, event)) {
            patterns.forEach(NamingRules::checkTokens);
        }
    }

    public boolean isReserved(String localPart) {
        return LocalPartPolicy.isReserved(localPart) || reserved.contains(localPart);
    }

    /** Local parts for a person, best first. */
    List<String> forPerson(String fullName, String unitCode) {
        List<String> words = LocalPartPolicy.personWords(fullName);
        List<String> middle = words.size() > 2 ? words.subList(1, words.size() - 1) : List.of();
        Map<String, String> values = Map.of(
                "first", words.get(0),
                "last", words.size() > 1 ? words.get(words.size() - 1) : "",
                "middle", String.join(".", middle),
                "m", String.join("", middle.stream().map(w -> w.substring(0, 1)).toList()),
                "f", words.get(0).substring(0, 1),
                "unit", unitCode == null ? "" : unitCode.toLowerCase(Locale.ROOT),
                "acronym", "", "name", "");
        return candidates(words.size() == 1 ? oneWord : personal, values);
    }

    /** Local parts for a unit's account: its acronym (code) or its official name. */
    List<String> forUnit(String code, String officialName) {
        return candidates(unit, Map.of("acronym", code.toLowerCase(Locale.ROOT), "unit", code.toLowerCase(Locale.ROOT),
                "name", officialName == null ? "" : LocalPartPolicy.fromName(officialName),
                "first", "", "last", "", "middle", "", "m", "", "f", ""));
    }

    /** Local parts for an event's account, from the event's name. */
    List<String> forEvent(String eventName, String unitCode) {
        return candidates(event, Map.of("name", LocalPartPolicy.fromName(eventName),
                "unit", unitCode == null ? "" : unitCode.toLowerCase(Locale.ROOT),
                "acronym", "", "first", "", "last", "", "middle", "", "m", "", "f", ""));
    }

    private List<String> candidates(List<String> patterns, Map<String, String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            String local = fill(pattern, values);
            if (local != null && LocalPartPolicy.isAcceptable(local)) {
                out.add(local);
            }
        }
        if (numbered && !out.isEmpty()) {
            String first = out.iterator().next();
            for (int n = 2; n <= MAX_NUMBER; n++) {
                out.add(first + n);
            }
        }
        return new ArrayList<>(out);
    }

    private static String fill(String pattern, Map<String, String> values) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value.isEmpty()) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static void checkTokens(String pattern) {
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) {
                throw new IllegalArgumentException("pola alamat '" + pattern + "': token {" + m.group(1)
                        + "} tidak dikenal / address pattern '" + pattern + "': unknown token {" + m.group(1)
                        + "} (known: " + String.join(", ", TOKENS.stream().sorted().toList()) + ")");
            }
        }
    }

    private static List<String> orDefault(List<String> patterns, List<String> fallback) {
        return patterns == null || patterns.isEmpty() ? fallback : List.copyOf(patterns);
    }
}
