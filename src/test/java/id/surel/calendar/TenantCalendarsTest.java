package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.surel.support.SurelIntegrationTest;
import id.surel.tenant.TenantId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs in the shared application context; what a test changes on a seeded tenant it puts back. */
@SurelIntegrationTest
class TenantCalendarsTest {

    private static final TenantId MOROWALI = new TenantId("kab-morowali");
    private static final TenantId CIREBON = new TenantId("kota-cirebon");

    @Autowired
    TenantCalendars calendars;

    @Autowired
    CalendarTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeededTenantsHaveTheirWeekZoneAndTheNationalHolidays() {
        WorkingCalendar morowali = calendars.forTenant(MOROWALI);

        assertThat(morowali.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(morowali.week().ranges(DayOfWeek.FRIDAY)).extracting(TimeRange::end)
                .containsExactly(LocalTime.of(11, 30));
        assertThat(morowali.holiday(LocalDate.parse("2026-03-21"))).isPresent();
        for (String tenant : List.of("kota-bogor", "kota-batam", "kota-cirebon")) {
            WorkingCalendar calendar = calendars.forTenant(new TenantId(tenant));
            assertThat(calendar.week().weeklyHours()).as(tenant).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
            assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        }
        assertThat(calendars.holidays(MOROWALI, 2026)).hasSize(25).first()
                .extracting(Holiday::date).isEqualTo(LocalDate.parse("2026-01-01"));
    }

    @Test
    void importingHolidaysAddsNewDatesAndReplacesExistingOnes() {
        Holiday closure = new Holiday(LocalDate.parse("2099-07-01"), "Server pindah", HolidayKind.CLOSURE, "Kadis");
        Holiday leave = new Holiday(LocalDate.parse("2099-07-02"), "Cuti bersama", HolidayKind.COLLECTIVE_LEAVE);
        try {
            assertThat(calendars.importHolidays(MOROWALI, List.of(closure, leave))).isEqualTo(2);

            Holiday renamed = new Holiday(closure.date(), "Server pindah gedung", HolidayKind.CLOSURE, "Kadis");
            assertThat(calendars.importHolidays(MOROWALI, List.of(renamed))).isEqualTo(1);

            assertThat(calendars.holidays(MOROWALI, 2099)).containsExactly(renamed, leave);
            assertThat(calendars.forTenant(MOROWALI).isWorkingDay(closure.date())).isFalse();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendars.importHolidays(MOROWALI, List.of(closure, renamed)));
        } finally {
            calendars.removeHoliday(MOROWALI, closure.date());
            calendars.removeHoliday(MOROWALI, leave.date());
        }
        assertThat(calendars.holidays(MOROWALI, 2099)).isEmpty();
    }

    @Test
    void seedingAgainKeepsAnAdminsWeekAndRemovedHolidays() {
        WorkingWeek seeded = calendars.forTenant(CIREBON).week();
        WorkingWeek shorter = WorkingWeek.parse(Map.of(DayOfWeek.MONDAY, List.of("08:00-12:00")));
        Holiday removed = calendars.holidays(CIREBON, 2026).get(0);
        try {
            calendars.saveWeek(CIREBON, shorter);
            calendars.removeHoliday(CIREBON, removed.date());

            int added = calendars.seedIfAbsent(CIREBON, templates.week("asn-standard"), templates.nationalHolidays());

            assertThat(added).isZero();
            assertThat(calendars.forTenant(CIREBON).week()).isEqualTo(shorter);
            assertThat(calendars.holidays(CIREBON, 2026)).doesNotContain(removed);
        } finally {
            calendars.saveWeek(CIREBON, seeded);
            calendars.importHolidays(CIREBON, List.of(removed));
        }
    }

    @Test
    void aTenantWithoutStoredHoursWorksTheAsnWeek() {
        WorkingWeek seeded = calendars.forTenant(CIREBON).week();
        try {
            jdbc.sql("delete from tenant_calendar where tenant_id = ?").param(CIREBON.value()).update();

            assertThat(calendars.forTenant(CIREBON).week()).isEqualTo(templates.week("asn-standard"));
        } finally {
            calendars.saveWeek(CIREBON, seeded);
        }
    }
}
