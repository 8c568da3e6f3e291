package id.surel.calendar;

import static id.surel.calendar.Calendars.WIB;
import static id.surel.calendar.Calendars.WIT;
import static id.surel.calendar.Calendars.WITA;
import static id.surel.calendar.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the working-time arithmetic on the shipped calendars over 2025-2027, with random starts. */
class WorkingCalendarPropertiesTest {

    private static final Instant FIRST = Instant.parse("2024-12-25T00:00:00Z");
    private static final Instant LAST = Instant.parse("2027-12-31T00:00:00Z");
    private static final List<WorkingCalendar> CALENDARS = List.of(Calendars.bogor(), Calendars.morowali(),
            Calendars.asnWeekIn(WIT));

    record Sample(WorkingCalendar calendar, Instant start, long minutes) {
    }

    @Test
    void addingThenMeasuringGivesBackTheSameWorkingTime() {
        forAll(WorkingCalendarPropertiesTest::sample, s -> {
            Instant due = s.calendar().addWorkingMinutes(s.start(), s.minutes());

            assertThat(s.calendar().workingTimeBetween(s.start(), due)).isEqualTo(Duration.ofMinutes(s.minutes()));
        });
    }

    @Test
    void measuringThenAddingComesBackToTheLastWorkingInstantOfTheSpan() {
        forAll(r -> {
            WorkingCalendar calendar = calendar(r);
            Instant a = instant(r, calendar);
            Instant b = a.plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
            return new Sample(calendar, a, Duration.between(a, b).toMinutes());
        }, s -> {
            WorkingCalendar calendar = s.calendar();
            Instant to = s.start().plus(Duration.ofMinutes(s.minutes()));
            Duration worked = calendar.workingTimeBetween(s.start(), to);

            Instant back = calendar.addWorkingTime(s.start(), worked);

            assertThat(calendar.workingTimeBetween(s.start(), back)).isEqualTo(worked);
            assertThat(calendar.workingTimeBetween(back, to)).isZero();
            if (!worked.isZero()) {
                assertThat(back).isBeforeOrEqualTo(to);
            }
        });
    }

    /**
     * A result is either inside working time, or exactly the closing instant of a range on a working day whose last
     * moment before it was working time (work used up exactly at closing). A zero amount gives the next opening.
     */
    @Test
    void resultsLandInWorkingTimeOrExactlyAtAClosing() {
        forAll(WorkingCalendarPropertiesTest::sample, s -> {
            WorkingCalendar calendar = s.calendar();
            Instant due = calendar.addWorkingMinutes(s.start(), s.minutes());

            if (s.minutes() == 0) {
                assertThat(due).isEqualTo(calendar.nextOpening(s.start()));
                assertThat(calendar.isWorkingTime(due)).isTrue();
            } else {
                assertThat(calendar.isWorkingTime(due) || calendar.isClosingTime(due)).as("due %s", due).isTrue();
                assertThat(calendar.isWorkingTime(due.minusNanos(1))).isTrue();
            }
            assertThat(due).isAfterOrEqualTo(s.start());
        });
    }

    @Test
    void dayDeadlinesLandInWorkingTimeOrAtAClosingOnTheNthWorkingDay() {
        forAll(r -> {
            WorkingCalendar calendar = calendar(r);
            return new Sample(calendar, instant(r, calendar), r.nextInt(15));
        }, s -> {
            WorkingCalendar calendar = s.calendar();
            Instant due = calendar.addWorkingDays(s.start(), (int) s.minutes());

            assertThat(calendar.isWorkingTime(due) || calendar.isClosingTime(due)).as("due %s", due).isTrue();
            LocalDate opened = LocalDateTime.ofInstant(calendar.nextOpening(s.start()), calendar.zone()).toLocalDate();
            LocalDate dueDay = LocalDateTime.ofInstant(due, calendar.zone()).toLocalDate();
            long workingDaysAfter = opened.plusDays(1).datesUntil(dueDay.plusDays(1))
                    .filter(calendar::isWorkingDay).count();
            assertThat(workingDaysAfter).isEqualTo(s.minutes());
        });
    }

    @Test
    void moreMinutesOrALaterStartIsNeverDueEarlier() {
        forAll(WorkingCalendarPropertiesTest::sample, s -> {
            WorkingCalendar calendar = s.calendar();
            Instant due = calendar.addWorkingMinutes(s.start(), s.minutes());

            assertThat(calendar.addWorkingMinutes(s.start(), s.minutes() + 1)).isAfter(due);
            assertThat(calendar.addWorkingMinutes(s.start().plusSeconds(61), s.minutes())).isAfterOrEqualTo(due);
            assertThat(calendar.addWorkingDays(s.start(), 3)).isAfterOrEqualTo(calendar.addWorkingDays(s.start(), 2));
        });
    }

    record HolidayMoment(WorkingCalendar calendar, Holiday holiday, int minuteOfDay) {
    }

    @Test
    void holidayRunsAreNeverWorkingTime() {
        List<Holiday> holidays = Calendars.TEMPLATES.nationalHolidays();
        forAll(r -> new HolidayMoment(calendar(r), holidays.get(r.nextInt(holidays.size())), r.nextInt(24 * 60)),
                m -> {
                    WorkingCalendar calendar = m.calendar();
                    Instant dayStart = m.holiday().date().atStartOfDay(calendar.zone()).toInstant();
                    Instant during = dayStart.plus(Duration.ofMinutes(m.minuteOfDay()));
                    Instant opening = calendar.nextOpening(during);

                    assertThat(calendar.isWorkingTime(during)).isFalse();
                    // the whole run of days off (holiday, weekend, leave) up to the next opening holds no work
                    assertThat(calendar.workingTimeBetween(dayStart, opening)).isZero();
                    LocalDate opens = LocalDateTime.ofInstant(opening, calendar.zone()).toLocalDate();
                    assertThat(opens).isAfter(m.holiday().date());
                    assertThat(calendar.holiday(opens)).isEmpty();
                });
    }

    @Test
    void theSameLocalScheduleGivesTheSameLocalResultsInWibWitaAndWit() {
        forAll(r -> new Sample(null, instant(r, CALENDARS.get(0)), r.nextInt(10 * 8 * 60)), s -> {
            LocalDateTime localStart = LocalDateTime.ofInstant(s.start(), WIB);
            Instant wib = due(WIB, localStart, s.minutes());
            Instant wita = due(WITA, localStart, s.minutes());
            Instant wit = due(WIT, localStart, s.minutes());

            assertThat(Duration.between(wita, wib)).isEqualTo(Duration.ofHours(1));
            assertThat(Duration.between(wit, wib)).isEqualTo(Duration.ofHours(2));
            assertThat(LocalDateTime.ofInstant(wit, WIT)).isEqualTo(LocalDateTime.ofInstant(wib, WIB));
        });
    }

    @Test
    void roundTripsAlsoHoldInAZoneWithDaylightSaving() {
        WorkingCalendar amsterdam = Calendars.asnWeekIn(ZoneId.of("Europe/Amsterdam"));
        forAll(r -> new Sample(amsterdam, instant(r, amsterdam), r.nextInt(40 * 60)), s -> {
            Instant due = amsterdam.addWorkingMinutes(s.start(), s.minutes());

            assertThat(amsterdam.workingTimeBetween(s.start(), due)).isEqualTo(Duration.ofMinutes(s.minutes()));
        });
    }

    private static Instant due(ZoneId zone, LocalDateTime localStart, long minutes) {
        return Calendars.asnWeekIn(zone).addWorkingMinutes(localStart.atZone(zone).toInstant(), minutes);
    }

    private static Sample sample(Random random) {
        // mostly step-sized amounts, sometimes a month of work, sometimes none
        long minutes = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(24 * 60);
            case 2 -> random.nextInt(5 * 8 * 60);
            default -> random.nextInt(22 * 8 * 60);
        };
        WorkingCalendar calendar = calendar(random);
        return new Sample(calendar, instant(random, calendar), minutes);
    }

    private static WorkingCalendar calendar(Random random) {
        return CALENDARS.get(random.nextInt(CALENDARS.size()));
    }

    /** A third each: an opening or closing time (the edges), a whole minute, any nanosecond, in 2025-2027. */
    private static Instant instant(Random random, WorkingCalendar calendar) {
        long span = LAST.getEpochSecond() - FIRST.getEpochSecond();
        long second = FIRST.getEpochSecond() + (long) (random.nextDouble() * span);
        return switch (random.nextInt(3)) {
            case 0 -> edge(random, calendar, Instant.ofEpochSecond(second));
            case 1 -> Instant.ofEpochSecond(second - second % 60);
            default -> Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
        };
    }

    private static Instant edge(Random random, WorkingCalendar calendar, Instant around) {
        LocalDate date = LocalDateTime.ofInstant(around, calendar.zone()).toLocalDate();
        List<TimeRange> ranges = calendar.week().ranges(date.getDayOfWeek());
        if (ranges.isEmpty()) {
            return date.atStartOfDay(calendar.zone()).toInstant();
        }
        TimeRange range = ranges.get(random.nextInt(ranges.size()));
        return date.atTime(random.nextBoolean() ? range.start() : range.end()).atZone(calendar.zone()).toInstant();
    }
}
