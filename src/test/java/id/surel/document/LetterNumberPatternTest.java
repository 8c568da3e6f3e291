package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LetterNumberPatternTest {

    private static final LetterDate NOVEMBER = new LetterDate(LocalDate.of(2026, 11, 25));

    @Test
    void aPatternPutsTheSequenceKindRomanMonthAndYearInPlace() {
        assertThat(new LetterNumberPattern("{seq}/{kind}/DISKOMINFO/{month-roman}/{year}").format(7, "SB", NOVEMBER, "BGR"))
                .isEqualTo("007/SB/DISKOMINFO/XI/2026");
    }

    @Test
    void theSequenceKeepsItsDigitsPastThreeAndTheMonthMayBeNumeric() {
        assertThat(new LetterNumberPattern("800/{seq}-{tenant}/{month}.{year}").format(1234, "SB", NOVEMBER, "BGR"))
                .isEqualTo("800/1234-BGR/11.2026");
    }

    @Test
    void aTenantWithoutAPatternGetsTheDefault() {
        assertThat(LetterNumberPattern.orDefault(null).format(1, "SB", NOVEMBER, "CRB")).isEqualTo("001/SB/CRB/XI/2026");
    }

    @Test
    void aPatternWithoutTheSequenceIsRefusedBecauseItsNumbersWouldRepeat() {
        assertThatThrownBy(() -> new LetterNumberPattern("{kind}/DISKOMINFO/{year}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{seq}");
    }

    @Test
    void anUnknownPlaceholderIsRefusedRatherThanPrintedAsItIs() {
        assertThatThrownBy(() -> new LetterNumberPattern("{seq}/{bulan}/{year}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{bulan}");
    }

    @Test
    void datesAreWrittenTheIndonesianWay() {
        assertThat(NOVEMBER.text()).isEqualTo("25 November 2026");
        assertThat(new LetterDate(LocalDate.of(2027, 2, 1)).text()).isEqualTo("1 Februari 2027");
        assertThat(new LetterDate(LocalDate.of(2027, 8, 17)).romanMonth()).isEqualTo("VIII");
    }
}
