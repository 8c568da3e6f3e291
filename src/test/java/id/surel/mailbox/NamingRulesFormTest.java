package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's edit of the naming rules: what could never give a valid address is refused, naming pattern and reason. */
class NamingRulesFormTest {

    private static NamingRulesForm form(String personal, String oneWord, String reserved) {
        return new NamingRulesForm(personal, oneWord, "{acronym}\n{name}", "{name}", true, reserved);
    }

    @Test
    void theStoredRulesComeBackUnchangedThroughTheForm() {
        NamingRules rules = new NamingRules(List.of("{last}.{first}", "{f}{last}"), null, null, null, false,
                List.of("bupati", "sekda"));

        NamingRulesForm.Checked checked = NamingRulesForm.of(rules).check();

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rules()).isEqualTo(rules);
        assertThat(NamingRulesForm.of(NamingRules.DEFAULT).check().rules()).isEqualTo(NamingRules.DEFAULT);
    }

    @Test
    void patternsAreOnePerLineLowerCasedAndTheEditedRulesAreFollowed() {
        NamingRules rules = form("  {LAST}.{first}\n\n{first}.{last}\n", "{first}.{unit}", "Bupati,\nsekda  wakil")
                .check().rules();

        assertThat(rules.personal()).containsExactly("{last}.{first}", "{first}.{last}");
        assertThat(rules.reserved()).containsExactly("bupati", "sekda", "wakil");
        assertThat(rules.forPerson("Budi Santoso", "DINKES")).startsWith("santoso.budi", "budi.santoso");
        assertThat(rules.forPerson("Sukarno", "DINKES")).startsWith("sukarno.dinkes");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingItAndTheUsableOnes() {
        NamingRulesForm.Checked checked = form("{first}.{lats}", "{first}", "").check();

        assertThat(checked.ok()).isFalse();
        assertThat(checked.rules()).isNull();
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("personal");
            assertThat(p.key()).isEqualTo("address.rules.unknownToken");
            assertThat(p.args()).containsExactly("{first}.{lats}", "{lats}",
                    "{first}, {last}, {middle}, {m}, {f}, {unit}");
        });
    }

    @Test
    void aPlaceholderTheRuleNeverFillsIsRefused() {
        NamingRulesForm.Checked checked = form("{first}.{last}", "{first}.{last}", "").check();

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("oneWord");
            assertThat(p.key()).isEqualTo("address.rules.tokenNotHere");
            assertThat(p.args()).contains("{last}");
        });
    }

    @Test
    void aPatternThatCannotGiveAValidLocalPartIsRefusedWithWhatItWouldGive() {
        assertThat(form("{first}!{last}", "{first}", "").check().problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.key()).isEqualTo("address.rules.invalid");
                    assertThat(p.args()).containsExactly("{first}!{last}", "budi!santoso");
                });
        assertThat(form("-{first}.{last}", "{first}", "").check().problems()).extracting(NamingRulesForm.Problem::key)
                .containsExactly("address.rules.invalid");
        assertThat(form("{first}..{last}", "{first}", "").check().problems()).extracting(NamingRulesForm.Problem::key)
                .containsExactly("address.rules.invalid");
        assertThat(form("{first.{last}", "{first}", "").check().problems()).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("{first.{last}", "{first.santoso"));
        assertThat(form("{first}." + "x".repeat(60) + ".{last}", "{first}", "").check().problems())
                .extracting(NamingRulesForm.Problem::key).containsExactly("address.rules.invalid");
    }

    @Test
    void aPatternWithoutPlaceholderAndAnEmptyRuleAreRefused() {
        assertThat(form("humas", "", "").check().problems())
                .extracting(NamingRulesForm.Problem::field, NamingRulesForm.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("personal", "address.rules.noToken"),
                        org.assertj.core.groups.Tuple.tuple("oneWord", "address.rules.empty"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(form("{first}.{lats}", "{first}.{last}", "bupati, wali kota!").check().problems())
                .extracting(NamingRulesForm.Problem::key)
                .containsExactly("address.rules.unknownToken", "address.rules.tokenNotHere",
                        "address.rules.reservedSyntax");
    }

    @Test
    void aReservedNameMustBeALocalPart() {
        assertThat(form("{first}.{last}", "{first}", "bupati, sek@da").check().problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("reserved");
                    assertThat(p.key()).isEqualTo("address.rules.reservedSyntax");
                    assertThat(p.args()).containsExactly("sek@da");
                });
    }

    @Test
    void theGlobalReservedNamesStayReservedWhateverTheList() {
        NamingRules rules = form("{first}.{last}", "{first}", "postmaster, bupati").check().rules();

        assertThat(rules.reserved()).containsExactly("bupati");
        for (String name : List.of("postmaster", "abuse", "admin")) {
            assertThat(rules.isReserved(name)).as(name).isTrue();
        }
        assertThat(form("{first}.{last}", "{first}", "").check().rules().isReserved("postmaster")).isTrue();
        assertThat(rules.forPerson("Admin", "X")).doesNotContain("admin");
    }
}
