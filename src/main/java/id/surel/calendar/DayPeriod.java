package id.surel.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Whole local days [from, to] in the tenant's zone, as the instants [start, end) the queries compare with. */
public record DayPeriod(LocalDate from, LocalDate to, Instant start, Instant end) {

    /** The given days, or the current month in the tenant's zone for whichever bound is missing or out of order. */
    public static DayPeriod of(ZoneId zone, LocalDate from, LocalDate to, Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        LocalDate first = from != null ? from : current.atDay(1);
        LocalDate last = to != null && !to.isBefore(first) ? to : current.atEndOfMonth();
        return days(zone, first, last);
    }

    public static DayPeriod month(ZoneId zone, YearMonth month) {
        return months(zone, month, month);
    }

    /** The months {@code first} to {@code last}, both whole. */
    public static DayPeriod months(ZoneId zone, YearMonth first, YearMonth last) {
        return days(zone, first.atDay(1), last.atEndOfMonth());
    }

    private static DayPeriod days(ZoneId zone, LocalDate first, LocalDate last) {
        return new DayPeriod(first, last, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
