package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayIcsTest {

    private static final String SOURCE = "Kalender Pemda";

    @Test
    void readsAllDayEventsUnfoldingLinesAndSkippingTimedOnes() {
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20260321\r
                DTEND;VALUE=DATE:20260323\r
                SUMMARY;LANGUAGE=id:Idul Fitri 1447\r
                  Hijriah\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20260320\r
                SUMMARY:Cuti Bersama Idul Fitri\\, hari pertama\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART:20260325T090000Z\r
                SUMMARY:Rapat koordinasi\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;

        List<Holiday> holidays = HolidayIcs.parse(ics, HolidayKind.NATIONAL_HOLIDAY, SOURCE);

        assertThat(holidays).containsExactly(
                new Holiday(LocalDate.parse("2026-03-21"), "Idul Fitri 1447 Hijriah", HolidayKind.NATIONAL_HOLIDAY,
                        SOURCE),
                new Holiday(LocalDate.parse("2026-03-22"), "Idul Fitri 1447 Hijriah", HolidayKind.NATIONAL_HOLIDAY,
                        SOURCE),
                new Holiday(LocalDate.parse("2026-03-20"), "Cuti Bersama Idul Fitri, hari pertama",
                        HolidayKind.COLLECTIVE_LEAVE, SOURCE));
    }

    @Test
    void twoEventsOnOneDateBecomeOneHolidayWithBothNames() {
        String ics = event("20270308", "Hari Suci Nyepi") + event("20270308", "Hari Lain");

        assertThat(HolidayIcs.parse(ics, HolidayKind.NATIONAL_HOLIDAY, SOURCE))
                .singleElement().extracting(Holiday::name).isEqualTo("Hari Suci Nyepi / Hari Lain");
    }

    @Test
    void namesTheLineOfAnInvalidDate() {
        String ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261301\nSUMMARY:X\nEND:VEVENT\n";

        assertThatThrownBy(() -> HolidayIcs.parse(ics, HolidayKind.NATIONAL_HOLIDAY, SOURCE))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageStartingWith("baris 3: tanggal tidak sah '20261301'")
                .hasMessageContaining("line 3: invalid date");
    }

    @Test
    void refusesEventsWithoutSummaryUnclosedEventsAndRecurrences() {
        assertThatThrownBy(() -> HolidayIcs.parse("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nEND:VEVENT\n",
                HolidayKind.NATIONAL_HOLIDAY, SOURCE)).hasMessageContaining("line 1: VEVENT without SUMMARY");
        assertThatThrownBy(() -> HolidayIcs.parse("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n",
                HolidayKind.NATIONAL_HOLIDAY, SOURCE)).hasMessageContaining("line 1: VEVENT is not closed");
        assertThatThrownBy(() -> HolidayIcs.parse(
                "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nRRULE:FREQ=YEARLY\nSUMMARY:Natal\nEND:VEVENT\n",
                HolidayKind.NATIONAL_HOLIDAY, SOURCE)).hasMessageContaining("line 3: recurring events (RRULE)");
        assertThatThrownBy(() -> HolidayIcs.parse("END:VEVENT\n", HolidayKind.CLOSURE, SOURCE))
                .hasMessageContaining("line 1: END:VEVENT without BEGIN:VEVENT");
    }

    private static String event(String date, String summary) {
        return "BEGIN:VEVENT\nDTSTART;VALUE=DATE:" + date + "\nSUMMARY:" + summary + "\nEND:VEVENT\n";
    }
}
