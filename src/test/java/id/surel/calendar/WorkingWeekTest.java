package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

    @Test
    void theAsnWeekHas37AndAHalfHoursWithoutItsBreaks() {
        WorkingWeek asn = Calendars.TEMPLATES.week("asn-standard");

        assertThat(asn.weeklyHours()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
        assertThat(asn.hours(DayOfWeek.FRIDAY)).isEqualTo(Duration.ofMinutes(7 * 60 + 30));
        assertThat(asn.ranges(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void morowalisFridayClosesAt1130() {
        WorkingWeek morowali = Calendars.TEMPLATES.week("kab-morowali");

        assertThat(morowali.ranges(DayOfWeek.FRIDAY)).containsExactly(TimeRange.parse("08:00-11:30"));
        assertThat(morowali.weeklyHours()).isEqualTo(Duration.ofMinutes(4 * 8 * 60 + 210));
    }

    @Test
    void sortsRangesAndRoundTripsAsText() {
        WorkingWeek week = WorkingWeek.parse(Map.of(DayOfWeek.MONDAY, List.of("13:00-16:00", "07:30-12:00")));

        assertThat(week.ranges(DayOfWeek.MONDAY)).extracting(TimeRange::start)
                .containsExactly(LocalTime.of(7, 30), LocalTime.of(13, 0));
        assertThat(WorkingWeek.parse(week.asText())).isEqualTo(week);
    }

    @Test
    void readsTheSopsOwnWriting() {
        assertThat(TimeRange.parse("08.00 – 11.30")).isEqualTo(TimeRange.parse("08:00-11:30"));
        assertThat(TimeRange.parse("8.00-16.00").start()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void refusesOverlappingOrTouchingRangesAnEmptyWeekAndBackwardRanges() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingWeek.parse(Map.of(DayOfWeek.MONDAY, List.of("08:00-12:00", "11:00-16:00"))))
                .withMessageContaining("overlap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingWeek.parse(Map.of(DayOfWeek.MONDAY, List.of("08:00-12:00", "12:00-16:00"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingWeek(Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.parse("16:00-08:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.parse("pagi"));
    }
}
