package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalendarTemplatesTest {

    private final List<Holiday> holidays = Calendars.TEMPLATES.nationalHolidays();

    @Test
    void shipsTheDecreedHolidaysOf2025And2026AndTheProjectedNationalHolidaysOf2027() {
        Map<String, Long> perYearAndKind = holidays.stream()
                .collect(Collectors.groupingBy(h -> h.date().getYear() + " " + h.kind(), Collectors.counting()));

        assertThat(perYearAndKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2025 NATIONAL_HOLIDAY", 17L, "2025 COLLECTIVE_LEAVE", 11L, // 10 + 18 Aug added in Aug 2025
                "2026 NATIONAL_HOLIDAY", 17L, "2026 COLLECTIVE_LEAVE", 8L,
                "2027 NATIONAL_HOLIDAY", 17L));
    }

    @Test
    void everyHolidayCitesItsDecreeOrSaysItIsProjected() {
        assertThat(holidays).allSatisfy(h -> assertThat(h.source()).startsWith(
                h.date().getYear() == 2027 ? "PROYEKSI" : "SKB Menag, Menaker, MenPANRB"));
    }

    @Test
    void knowsTheIdulFitriLeaveOf2026() {
        assertThat(holidays).filteredOn(h -> h.name().contains("Idul Fitri 1447")).extracting(Holiday::date)
                .containsExactly(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-21"),
                        LocalDate.parse("2026-03-22"), LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-24"));
    }

    @Test
    void namesTheWeeksAndRefusesAnUnknownOne() {
        assertThat(Calendars.TEMPLATES.weekNames()).containsExactly("asn-standard", "kab-morowali");
        assertThat(Calendars.TEMPLATES.week("asn-standard").ranges(DayOfWeek.FRIDAY))
                .containsExactly(TimeRange.parse("07:30-11:30"), TimeRange.parse("13:00-16:30"));
        assertThatIllegalArgumentException().isThrownBy(() -> Calendars.TEMPLATES.week("kota-antah"))
                .withMessageContaining("unknown working week");
    }
}
