package id.surel.mailbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naming rules as the admin page edits them: one pattern per line for each rule, the government's reserved names
 * separated by commas or new lines. {@link #check()} refuses what could never give a valid address, naming the pattern
 * and the reason, before anything is stored; the global reserved names are not part of the form and stay reserved.
 */
public record NamingRulesForm(String personal, String oneWord, String unit, String event, Boolean numbered,
        String reserved) {

    static final int MAX_PATTERNS = 10;
    static final int MAX_RESERVED = 200;
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

    /** Which placeholders each rule fills; any other known placeholder stays empty there, so its pattern never applies. */
    private static final Map<String, List<String>> FILLED = Map.of(
            "personal", List.of("first", "last", "middle", "m", "f", "unit"),
            "oneWord", List.of("first", "f", "unit"),
            "unit", List.of("acronym", "unit", "name"),
            "event", List.of("name", "unit"));
    /** A long-ish sample name, to see what a pattern gives. */
    private static final Map<String, String> SAMPLE = Map.of("first", "budi", "last", "santoso", "middle", "hartono",
            "m", "h", "f", "b", "unit", "diskominfo", "acronym", "diskominfo", "name", "dinas.komunikasi");

    /** One reason the form cannot be saved: the field it belongs to, a message key and its arguments. */
    public record Problem(String field, String key, List<String> args) {
    }

    /** The rules, when {@code problems} is empty. */
    public record Checked(NamingRules rules, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static NamingRulesForm of(NamingRules rules) {
        return new NamingRulesForm(String.join("\n", rules.personal()), String.join("\n", rules.oneWord()),
                String.join("\n", rules.unit()), String.join("\n", rules.event()), rules.numbered(),
                String.join(", ", rules.reserved()));
    }

    public Checked check() {
        List<Problem> problems = new ArrayList<>();
        List<String> personalPatterns = patterns("personal", personal, problems);
        List<String> oneWordPatterns = patterns("oneWord", oneWord, problems);
        List<String> unitPatterns = patterns("unit", unit, problems);
        List<String> eventPatterns = patterns("event", event, problems);
        List<String> reservedNames = reservedNames(problems);
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(new NamingRules(personalPatterns, oneWordPatterns, unitPatterns, eventPatterns,
                Boolean.TRUE.equals(numbered), reservedNames), List.of());
    }

    private static List<String> patterns(String field, String text, List<Problem> problems) {
        List<String> patterns = lines(text).stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
        if (patterns.isEmpty()) {
            problems.add(new Problem(field, "address.rules.empty", List.of()));
        } else if (patterns.size() > MAX_PATTERNS) {
            problems.add(new Problem(field, "address.rules.tooMany", List.of("" + MAX_PATTERNS)));
        }
        patterns.forEach(pattern -> checkPattern(field, pattern, problems));
        return patterns;
    }

    private static void checkPattern(String field, String pattern, List<Problem> problems) {
        List<String> filled = FILLED.get(field);
        String usable = String.join(", ", filled.stream().map(t -> "{" + t + "}").toList());
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder sample = new StringBuilder();
        boolean anyToken = false;
        while (m.find()) {
            String token = m.group(1);
            if (!NamingRules.TOKENS.contains(token)) {
                problems.add(new Problem(field, "address.rules.unknownToken", List.of(pattern, m.group(), usable)));
                return;
            }
            if (!filled.contains(token)) {
                problems.add(new Problem(field, "address.rules.tokenNotHere", List.of(pattern, m.group(), usable)));
                return;
            }
            anyToken = true;
            m.appendReplacement(sample, Matcher.quoteReplacement(SAMPLE.get(token)));
        }
        m.appendTail(sample);
        if (!anyToken) {
            problems.add(new Problem(field, "address.rules.noToken", List.of(pattern)));
        } else if (!LocalPartPolicy.isWellFormed(sample.toString())) {
            problems.add(new Problem(field, "address.rules.invalid", List.of(pattern, sample.toString())));
        }
    }

    private List<String> reservedNames(List<Problem> problems) {
        Set<String> names = new LinkedHashSet<>();
        String text = reserved == null ? "" : reserved;
        for (String name : Arrays.stream(text.split("[,\\s]+")).filter(n -> !n.isBlank()).toList()) {
            String local = name.toLowerCase(Locale.ROOT);
            if (!LocalPartPolicy.isWellFormed(local)) {
                problems.add(new Problem("reserved", "address.rules.reservedSyntax", List.of(name)));
            } else if (!LocalPartPolicy.isReserved(local)) {
                names.add(local);
            }
        }
        if (names.size() > MAX_RESERVED) {
            problems.add(new Problem("reserved", "address.rules.reservedTooMany", List.of("" + MAX_RESERVED)));
        }
        return List.copyOf(names);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
