package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.surel.sop.TimeStandard.Unit;

class TimeStandardTest {

    @Test
    void readsMinutesAsTheSopWritesThem() {
        TimeStandard time = TimeStandard.parse("90 Menit");

        assertThat(time.min()).isEqualTo(90);
        assertThat(time.max()).isEqualTo(90);
        assertThat(time.unit()).isEqualTo(Unit.MINUTES);
        assertThat(time.upperBoundMinutes()).isEqualTo(90);
        assertThat(time).hasToString("90 Menit");
    }

    @Test
    void readsLowerCaseMinutes() {
        TimeStandard time = TimeStandard.parse("15 menit");

        assertThat(time.unit()).isEqualTo(Unit.MINUTES);
        assertThat(time.max()).isEqualTo(15);
    }

    @Test
    void readsDays() {
        TimeStandard time = TimeStandard.parse("2 Hari");

        assertThat(time.unit()).isEqualTo(Unit.DAYS);
        assertThat(time.max()).isEqualTo(2);
    }

    @Test
    void readsWorkingDaysAsDays() {
        TimeStandard time = TimeStandard.parse("1 hari kerja");

        assertThat(time.unit()).isEqualTo(Unit.DAYS);
        assertThat(time.max()).isEqualTo(1);
        assertThat(time.text()).isEqualTo("1 hari kerja");
    }

    @Test
    void keepsBothBoundsOfARangeAndUsesTheUpperOneForTheDeadline() {
        TimeStandard time = TimeStandard.parse("1-3 jam");

        assertThat(time.min()).isEqualTo(1);
        assertThat(time.max()).isEqualTo(3);
        assertThat(time.unit()).isEqualTo(Unit.HOURS);
        assertThat(time.upperBoundMinutes()).isEqualTo(180);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sebentar", "0 menit", "3-1 jam", "", "90" })
    void rejectsWhatIsNotATimeStandard(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeStandard.parse(text));
    }
}
