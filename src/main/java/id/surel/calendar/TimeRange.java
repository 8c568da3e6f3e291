package id.surel.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A span of service hours within one day, open at {@code start} and closed from {@code end} on ({@code [start, end)}). */
public record TimeRange(LocalTime start, LocalTime end) implements Comparable<TimeRange> {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "jam mulai harus sebelum jam selesai / start must be before end: " + start + "-" + end);
        }
    }

    /** Reads {@code 07:30-12:00}; the SOPs' own {@code 08.00 – 16.00} is accepted too. */
    public static TimeRange parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("rentang jam tidak sah / invalid time range: '" + text
                    + "' (contoh / example: 07:30-12:00)");
        }
        try {
            return new TimeRange(time(parts[0]), time(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("rentang jam tidak sah / invalid time range: '" + text + "'", e);
        }
    }

    private static LocalTime time(String text) {
        String normal = text.replace('.', ':');
        return LocalTime.parse(normal.length() == 4 ? "0" + normal : normal);
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(TimeRange other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
