package id.surel.sop;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's time standard as the SOP writes it ("90 Menit", "2 Hari", "1-3 jam", "1 hari kerja"). A range keeps both
 * bounds; the deadline uses the upper one.
 */
public record TimeStandard(int min, int max, Unit unit, String text) {

    public enum Unit {
        MINUTES, HOURS, DAYS
    }

    private static final Pattern FORM = Pattern.compile(
            "^\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+))?\\s*(menit|minutes?|jam|hours?|hari(?:\\s+kerja)?|days?|working\\s+days?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    public TimeStandard {
        if (unit == null) {
            throw new IllegalArgumentException("time standard needs a unit");
        }
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException("time standard bounds must be positive and ordered: " + min + "-" + max);
        }
    }

    /** Parses the SOP's own wording; throws IllegalArgumentException naming what was wrong. */
    public static TimeStandard parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty time standard");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "cannot read time standard '" + text + "' (expected e.g. '90 menit', '1-3 jam', '2 hari')");
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        String word = m.group(3).toLowerCase(Locale.ROOT);
        Unit unit = word.startsWith("menit") || word.startsWith("minute") ? Unit.MINUTES
                : word.startsWith("jam") || word.startsWith("hour") ? Unit.HOURS
                : Unit.DAYS;
        return new TimeStandard(min, max, unit, text.trim());
    }

    /** The upper bound in minutes of clock time, for the foundation's wall-clock comparison (a day counts as 24 h). */
    public long upperBoundMinutes() {
        return switch (unit) {
            case MINUTES -> max;
            case HOURS -> max * 60L;
            case DAYS -> max * 24L * 60L;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
