package id.surel.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The seed calendars of the four tenants, built from the shipped files, for tests. */
final class Calendars {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    static final CalendarTemplates TEMPLATES = new CalendarTemplates();

    private Calendars() {
    }

    static WorkingCalendar bogor() {
        return WorkingCalendar.of(WIB, TEMPLATES.week("asn-standard"), TEMPLATES.nationalHolidays());
    }

    static WorkingCalendar morowali() {
        return WorkingCalendar.of(WITA, TEMPLATES.week("kab-morowali"), TEMPLATES.nationalHolidays());
    }

    static WorkingCalendar asnWeekIn(ZoneId zone) {
        return WorkingCalendar.of(zone, TEMPLATES.week("asn-standard"), TEMPLATES.nationalHolidays());
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
