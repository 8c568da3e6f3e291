package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingRulesTest {

    private static final NamingRules DEFAULT = NamingRules.DEFAULT;

    @Test
    void aPersonGetsFirstDotLastThenTheMiddleNameThenItsInitialThenANumber() {
        List<String> candidates = DEFAULT.forPerson("Dr. Budi Hartono Santoso, S.Kom., M.T.", "DINKES");

        assertThat(candidates).startsWith("budi.santoso", "budi.hartono.santoso", "budi.h.santoso", "budi.santoso2",
                "budi.santoso3");
        assertThat(candidates).hasSize(3 + 98).doesNotHaveDuplicates();
    }

    @Test
    void aTwoWordNameSkipsThePatternsThatNeedAMiddleName() {
        assertThat(DEFAULT.forPerson("Siti Aminah", "DKIS")).startsWith("siti.aminah", "siti.aminah2");
    }

    @Test
    void aOneWordNameStaysOneWordThenTakesItsUnit() {
        assertThat(DEFAULT.forPerson("Sukarno", "DINKES")).startsWith("sukarno", "sukarno.dinkes", "sukarno2");
    }

    @Test
    void accentsAndApostrophesAreFolded() {
        assertThat(DEFAULT.forPerson("Andi Ma'ruf Hasanuddin", "X").get(0)).isEqualTo("andi.hasanuddin");
        assertThat(DEFAULT.forPerson("José Ramírez", "X").get(0)).isEqualTo("jose.ramirez");
    }

    @Test
    void aUnitTakesItsAcronymThenItsOfficialName() {
        assertThat(DEFAULT.forUnit("DISKOMINFO", "Dinas Komunikasi dan Informatika"))
                .startsWith("diskominfo", "dinas.komunikasi.dan.informatika", "diskominfo2");
    }

    @Test
    void anEventTakesItsName() {
        assertThat(DEFAULT.forEvent("Festival Budaya 2026", "DISPARBUD").get(0)).isEqualTo("festival.budaya.2026");
    }

    @Test
    void aGovernmentsOwnPatternsAndNumberingAreFollowed() {
        NamingRules rules = new NamingRules(List.of("{f}{last}", "{first}_{last}"), List.of("{first}.{unit}"), null,
                null, false, List.of("Bupati"));

        assertThat(rules.forPerson("Budi Santoso", "DINKES")).containsExactly("bsantoso", "budi_santoso");
        assertThat(rules.forPerson("Sukarno", "DINKES")).containsExactly("sukarno.dinkes");
        assertThat(rules.unit()).isEqualTo(NamingRules.DEFAULT.unit());
    }

    @Test
    void reservedNamesAreTheGlobalOnesAndTheGovernmentsOwn() {
        NamingRules rules = new NamingRules(null, null, null, null, null, List.of("Bupati", "sekda"));

        assertThat(rules.isReserved("postmaster")).isTrue();
        assertThat(rules.isReserved("bupati")).isTrue();
        assertThat(rules.isReserved("sekda")).isTrue();
        assertThat(rules.isReserved("budi.santoso")).isFalse();
        assertThat(DEFAULT.isReserved("bupati")).isFalse();
    }

    @Test
    void aPatternThatWouldMakeAnInvalidOrReservedNameIsSkipped() {
        NamingRules rules = new NamingRules(List.of("{first}..{last}", "admin", "{first}.{last}"), null, null, null,
                false, null);

        assertThat(rules.forPerson("Budi Santoso", "X")).containsExactly("budi.santoso");
    }

    @Test
    void anUnknownTokenIsRefusedInBothLanguages() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NamingRules(List.of("{first}.{surname}"), null, null, null, null, null))
                .withMessageContaining("token {surname} tidak dikenal")
                .withMessageContaining("unknown token {surname}")
                .withMessageContaining("known: acronym, f, first");
    }
}
