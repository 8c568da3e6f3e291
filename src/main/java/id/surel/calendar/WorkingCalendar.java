package id.surel.calendar;

import id.surel.sop.TimeStandard;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's working time: its zone, weekly service hours and the days it does not work. Working time is the union
 * of the half-open ranges {@code [open, close)} of every working day, so a closing instant itself is not working
 * time. Everything walks day by day (never minute by minute), so a year-long span costs a few hundred steps.
 * Immutable and safe to share.
 */
public final class WorkingCalendar {

    private final LocalTimeline timeline;
    private final WorkingWeek week;
    private final Map<LocalDate, Holiday> holidays;
    private final long[] nanosPerWeekday = new long[8];

    private WorkingCalendar(ZoneId zone, WorkingWeek week, Collection<Holiday> holidays) {
        this.timeline = new LocalTimeline(Objects.requireNonNull(zone, "zone"));
        this.week = Objects.requireNonNull(week, "week");
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        for (Holiday holiday : holidays) {
            if (byDate.putIfAbsent(holiday.date(), holiday) != null) {
                throw new IllegalArgumentException(
                        "dua hari libur pada tanggal yang sama / two holidays on one date: " + holiday.date());
            }
        }
        this.holidays = Map.copyOf(byDate);
        for (DayOfWeek day : DayOfWeek.values()) {
            nanosPerWeekday[day.getValue()] = week.hours(day).toNanos();
        }
    }

    public static WorkingCalendar of(ZoneId zone, WorkingWeek week, Collection<Holiday> holidays) {
        return new WorkingCalendar(zone, week, holidays);
    }

    public ZoneId zone() {
        return timeline.zone();
    }

    public WorkingWeek week() {
        return week;
    }

    /** The holidays in date order. */
    public List<Holiday> holidays() {
        return holidays.values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    /** The service hours of that date: none on a holiday. */
    public List<TimeRange> hoursOn(LocalDate date) {
        return holidays.containsKey(date) ? List.of() : week.ranges(date.getDayOfWeek());
    }

    public boolean isWorkingTime(Instant instant) {
        LocalDateTime local = timeline.local(instant);
        return hoursOn(local.toLocalDate()).stream().anyMatch(range -> range.contains(local.toLocalTime()));
    }

    /** True exactly when a working range of a working day closes (where a deadline may land). */
    public boolean isClosingTime(Instant instant) {
        LocalDateTime local = timeline.local(instant);
        return hoursOn(local.toLocalDate()).stream().anyMatch(range -> range.end().equals(local.toLocalTime()));
    }

    /** The instant itself inside working time, else the next opening. */
    public Instant nextOpening(Instant instant) {
        for (LocalDate date = timeline.local(instant).toLocalDate();; date = date.plusDays(1)) {
            for (TimeRange range : hoursOn(date)) {
                if (instant.isBefore(timeline.instant(date, range.end()))) {
                    Instant open = timeline.instant(date, range.start());
                    return instant.isBefore(open) ? open : instant;
                }
            }
        }
    }

    /** See {@link #addWorkingTime}. */
    public Instant addWorkingMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("menit tidak boleh negatif / minutes must not be negative: " + minutes);
        }
        return addWorkingTime(start, Duration.ofMinutes(minutes));
    }

    /**
     * The instant at which {@code amount} of working time, counted from {@code start}, is used up. Counting starts
     * at {@link #nextOpening}; when the amount ends exactly as a range closes the result is that closing instant,
     * not the next opening. A zero amount gives the next opening.
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("durasi tidak boleh negatif / amount must not be negative: " + amount);
        }
        long remaining = amount.toNanos();
        Instant cursor = start;
        for (LocalDate date = timeline.local(start).toLocalDate();; date = date.plusDays(1)) {
            for (TimeRange range : hoursOn(date)) {
                Instant close = timeline.instant(date, range.end());
                if (!cursor.isBefore(close)) {
                    continue;
                }
                Instant open = timeline.instant(date, range.start());
                Instant from = cursor.isBefore(open) ? open : cursor;
                long available = Duration.between(from, close).toNanos();
                if (remaining <= available) {
                    return from.plusNanos(remaining);
                }
                remaining -= available;
                cursor = close;
            }
        }
    }

    /**
     * A deadline in working days. Counting starts at {@link #nextOpening}{@code (start)}; the deadline is the same
     * local time of day on the {@code days}-th following working day. When that time is not working time on that
     * day (a shorter Friday, a different break), it moves to that day's most recent closing time, or to its first
     * opening when the day opens later. So "1 hari" from Thursday 15:30 (ASN week) is Friday 15:30, and from
     * Morowali's Thursday 14:00 it is Friday 11:30. Zero days gives the next opening.
     */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("hari tidak boleh negatif / days must not be negative: " + days);
        }
        Instant opening = nextOpening(start);
        if (days == 0) {
            return opening;
        }
        LocalDateTime local = timeline.local(opening);
        LocalDate date = local.toLocalDate();
        for (int counted = 0; counted < days;) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return timeline.instant(date, workingTimeOfDay(hoursOn(date), local.toLocalTime()));
    }

    /** The deadline of a step's time standard: the upper bound of a range ("1-3 jam" gives 3 working hours). */
    public Instant deadline(Instant start, TimeStandard standard) {
        return switch (standard.unit()) {
            case MINUTES -> addWorkingMinutes(start, standard.max());
            case HOURS -> addWorkingMinutes(start, standard.max() * 60L);
            case DAYS -> addWorkingDays(start, standard.max());
        };
    }

    /** The working time within {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long nanos = 0;
        LocalDate first = timeline.local(from).toLocalDate();
        LocalDate last = timeline.local(to).toLocalDate();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (date.isAfter(first) && date.isBefore(last) && timeline.fixedOn(date)) {
                nanos += holidays.containsKey(date) ? 0 : nanosPerWeekday[date.getDayOfWeek().getValue()];
                continue;
            }
            for (TimeRange range : hoursOn(date)) {
                Instant open = timeline.instant(date, range.start());
                Instant close = timeline.instant(date, range.end());
                Instant low = open.isAfter(from) ? open : from;
                Instant high = close.isBefore(to) ? close : to;
                if (high.isAfter(low)) {
                    nanos += Duration.between(low, high).toNanos();
                }
            }
        }
        return Duration.ofNanos(nanos);
    }

    private static LocalTime workingTimeOfDay(List<TimeRange> ranges, LocalTime wanted) {
        if (wanted.isBefore(ranges.get(0).start())) {
            return ranges.get(0).start();
        }
        LocalTime latest = ranges.get(0).end();
        for (TimeRange range : ranges) {
            if (range.contains(wanted)) {
                return wanted;
            }
            if (!range.end().isAfter(wanted)) {
                latest = range.end();
            }
        }
        return latest;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone() + ", " + week.weeklyHours() + " a week, " + holidays.size() + " holidays]";
    }
}
