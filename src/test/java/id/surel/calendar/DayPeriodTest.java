package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DayPeriodTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void withoutDatesItIsTheCurrentMonthInTheTenantsZone() {
        Clock lastEveningInUtc = Clock.fixed(Instant.parse("2026-11-30T17:00:00Z"), ZoneOffset.UTC);
        DayPeriod period = DayPeriod.of(WITA, null, null, lastEveningInUtc);
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(period.start()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void anEndBeforeTheStartFallsBackToTheEndOfTheCurrentMonth() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-10T00:00:00Z"), ZoneOffset.UTC);
        DayPeriod period = DayPeriod.of(WITA, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 5), clock);
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aMonthIsWholeFromItsFirstToItsLastDay() {
        DayPeriod february = DayPeriod.month(WITA, YearMonth.of(2098, 2));
        assertThat(february.from()).isEqualTo(LocalDate.of(2098, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2098, 2, 28));
    }
}
