package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rules, each on a password that breaks only that rule. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonImpersonalPasswordPasses() {
        assertThat(policy.problem("Kelapa-Hijau-Tumbuh-7", "siti@kota-bogor", "Siti Rahma")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertThat(policy.problem("Kx9#mQ2$vL4", "u@t", "U")).contains("password.tooShort");
        assertThat(policy.problem("Kx9#mQ2$vL4!", "u@t", "U")).isEmpty();
    }

    @Test
    void moreThanBcryptReadsIsRefused() {
        assertThat(policy.problem("Kx9#mQ2$vL4!".repeat(7), "u@t", "U")).contains("password.tooLong");
    }

    @Test
    void aListedPasswordIsRefusedAlsoWhenPaddedWithDigitsOrSymbols() {
        assertThat(policy.problem("passwordpassword", "u@t", "U")).contains("password.common");
        assertThat(policy.problem("Password2024!!", "u@t", "U")).contains("password.common");
        assertThat(policy.problem("123bismillah456", "u@t", "U")).contains("password.common");
        assertThat(policy.problem("123456789012", "u@t", "U")).contains("password.common");
        assertThat(policy.problem("aaaaaaaaaaaaaaa", "u@t", "U")).contains("password.common");
    }

    @Test
    void theLoginOrAPartOfTheNameInsideThePasswordIsRefused() {
        assertThat(policy.problem("xx-budisan-Tumbuh-7", "budisan@kota-bogor", "B")).contains("password.personal");
        assertThat(policy.problem("Kelapa-RAHMA-Tumbuh-7", "siti@kota-bogor", "Siti Rahma"))
                .contains("password.personal");
    }
}
