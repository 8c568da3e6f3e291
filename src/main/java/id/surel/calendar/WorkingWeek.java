package id.surel.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Weekly service hours: each day's working ranges in order; a day without ranges is closed. */
public record WorkingWeek(Map<DayOfWeek, List<TimeRange>> days) {

    public WorkingWeek {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            days.forEach((day, ranges) -> {
                if (day == null) {
                    throw new IllegalArgumentException("hari kosong / missing day of week");
                }
                List<TimeRange> sorted = sortedWithoutOverlap(day, ranges == null ? List.of() : ranges);
                if (!sorted.isEmpty()) {
                    copy.put(day, sorted);
                }
            });
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("minggu kerja tanpa jam kerja / a working week needs working hours");
        }
        days = Collections.unmodifiableMap(copy);
    }

    /** Reads ranges written as text per day, e.g. {@code MONDAY: [07:30-12:00, 13:00-16:00]}. */
    public static WorkingWeek parse(Map<DayOfWeek, List<String>> text) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        text.forEach((day, ranges) -> days.put(day, ranges.stream().map(TimeRange::parse).toList()));
        return new WorkingWeek(days);
    }

    public List<TimeRange> ranges(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public Duration hours(DayOfWeek day) {
        return ranges(day).stream().map(TimeRange::length).reduce(Duration.ZERO, Duration::plus);
    }

    public Duration weeklyHours() {
        return days.keySet().stream().map(this::hours).reduce(Duration.ZERO, Duration::plus);
    }

    /** The inverse of {@link #parse}: what the YAML seed and the stored JSON hold. */
    public Map<DayOfWeek, List<String>> asText() {
        Map<DayOfWeek, List<String>> text = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> text.put(day, ranges.stream().map(TimeRange::toString).toList()));
        return text;
    }

    private static List<TimeRange> sortedWithoutOverlap(DayOfWeek day, List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            // Touching ranges are refused too: one range reads better, and a closing time stays unambiguous.
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("jam kerja " + day + " tumpang tindih / working hours on " + day
                        + " overlap or touch: " + sorted.get(i - 1) + ", " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }
}
