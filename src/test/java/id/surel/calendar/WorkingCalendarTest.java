package id.surel.calendar;

import static id.surel.calendar.Calendars.WIB;
import static id.surel.calendar.Calendars.WITA;
import static id.surel.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.surel.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar morowali = Calendars.morowali();
    private final WorkingCalendar bogor = Calendars.bogor();

    @Test
    void aMorowaliStepOf90MinutesStartedFriday1100IsDueMonday0900() {
        Instant friday = at("2026-01-09T11:00", WITA);

        assertThat(morowali.deadline(friday, TimeStandard.parse("90 Menit"))).isEqualTo(at("2026-01-12T09:00", WITA));
    }

    @Test
    void aBogorTwoDayStepStartedTheWorkingDayBeforeIdulFitriSkipsTheWholeLeave() {
        // 2026: cuti bersama Nyepi 18 Mar, Nyepi 19, cuti bersama 20, Idul Fitri 21-22, cuti bersama 23-24 March
        Instant tuesdayBefore = at("2026-03-17T10:00", WIB);

        Instant due = bogor.deadline(tuesdayBefore, TimeStandard.parse("2 Hari"));

        assertThat(due).isEqualTo(at("2026-03-26T10:00", WIB));
        // Tuesday 10:00-16:00 less the break (5 h), all of Wednesday 25th (7.5 h), Thursday 07:30-10:00 (2.5 h)
        assertThat(bogor.workingTimeBetween(tuesdayBefore, due)).isEqualTo(Duration.ofHours(15));
        LocalDate.parse("2026-03-18").datesUntil(LocalDate.parse("2026-03-25"))
                .forEach(day -> assertThat(bogor.isWorkingDay(day)).as("%s", day).isFalse());
    }

    @Test
    void aStepStartedOnSaturdayStartsCountingAtMondaysOpening() {
        Instant saturday = at("2026-01-10T09:00", WIB);

        assertThat(bogor.nextOpening(saturday)).isEqualTo(at("2026-01-12T07:30", WIB));
        assertThat(bogor.deadline(saturday, TimeStandard.parse("30 menit"))).isEqualTo(at("2026-01-12T08:00", WIB));
    }

    @Test
    void aStepStartedBeforeOpeningStartsCountingAtOpening() {
        assertThat(morowali.deadline(at("2026-01-13T06:00", WITA), TimeStandard.parse("1 jam")))
                .isEqualTo(at("2026-01-13T09:00", WITA));
    }

    @Test
    void theLunchBreakIsNotWorkingTime() {
        assertThat(bogor.isWorkingTime(at("2026-01-13T12:30", WIB))).isFalse();
        assertThat(bogor.deadline(at("2026-01-13T11:30", WIB), TimeStandard.parse("90 menit")))
                .isEqualTo(at("2026-01-13T14:00", WIB));
        assertThat(bogor.isWorkingTime(at("2026-01-16T11:45", WIB))).as("Friday prayer break").isFalse();
    }

    @Test
    void aRangeTakesItsUpperBound() {
        Instant start = at("2026-01-13T08:00", WITA);

        assertThat(morowali.deadline(start, TimeStandard.parse("1-3 jam"))).isEqualTo(at("2026-01-13T11:00", WITA));
    }

    @Test
    void daysCrossTheYearBoundaryAndSkipNewYearsDay() {
        Instant lastDay = at("2025-12-31T10:00", WIB);

        assertThat(bogor.deadline(lastDay, TimeStandard.parse("1 hari kerja"))).isEqualTo(at("2026-01-02T10:00", WIB));
        assertThat(bogor.addWorkingMinutes(at("2025-12-31T15:30", WIB), 60)).isEqualTo(at("2026-01-02T08:00", WIB));
    }

    @Test
    void aDayDeadlineOnAShorterDayIsClampedToItsClosing() {
        // Morowali: Thursday 14:00 + 1 day lands on Friday, which closes at 11:30
        assertThat(morowali.addWorkingDays(at("2026-01-08T14:00", WITA), 1)).isEqualTo(at("2026-01-09T11:30", WITA));
        // ASN week: Thursday 11:45 + 1 day falls in Friday's 11:30-13:00 break, so the morning's closing
        assertThat(bogor.addWorkingDays(at("2026-01-08T11:45", WIB), 1)).isEqualTo(at("2026-01-09T11:30", WIB));
    }

    @Test
    void workUsedUpExactlyAtClosingIsDueAtClosingNotAtTheNextOpening() {
        Instant due = morowali.addWorkingMinutes(at("2026-01-13T15:00", WITA), 60);

        assertThat(due).isEqualTo(at("2026-01-13T16:00", WITA));
        assertThat(morowali.isWorkingTime(due)).isFalse();
        assertThat(morowali.isClosingTime(due)).isTrue();
    }

    @Test
    void workingTimeBetweenCountsOnlyServiceHours() {
        Duration week = bogor.workingTimeBetween(at("2026-01-05T00:00", WIB), at("2026-01-12T00:00", WIB));

        assertThat(week).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
        assertThat(bogor.workingTimeBetween(at("2026-01-12T00:00", WIB), at("2026-01-05T00:00", WIB))).isZero();
    }

    @Test
    void aOneOffClosureIsNotWorked() {
        WorkingCalendar closed = WorkingCalendar.of(WITA, morowali.week(),
                List.of(new Holiday(LocalDate.parse("2026-01-13"), "Server pindah", HolidayKind.CLOSURE)));

        assertThat(closed.nextOpening(at("2026-01-13T09:00", WITA))).isEqualTo(at("2026-01-14T08:00", WITA));
    }

    @Test
    void refusesNegativeAmountsAndTwoHolidaysOnOneDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> bogor.addWorkingMinutes(Instant.EPOCH, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> bogor.addWorkingDays(Instant.EPOCH, -1));
        LocalDate day = LocalDate.parse("2026-01-13");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.of(WIB, bogor.week(),
                List.of(new Holiday(day, "A", HolidayKind.CLOSURE), new Holiday(day, "B", HolidayKind.CLOSURE))));
    }
}
