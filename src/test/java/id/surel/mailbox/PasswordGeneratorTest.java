package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PasswordGeneratorTest {

    private final PasswordGenerator generator = new PasswordGenerator();

    @Test
    void a_password_has_sixteen_characters_by_default() {
        assertThat(generator.generate()).hasSize(16);
    }

    @Test
    void a_longer_password_can_be_asked_for() {
        assertThat(generator.generate(24)).hasSize(24);
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(11));
    }

    @Test
    void every_password_has_a_lower_case_letter_an_upper_case_letter_a_digit_and_a_symbol() {
        IntStream.range(0, 1000).forEach(i -> {
            String password = new String(generator.generate(PasswordGenerator.MIN_LENGTH));

            assertThat(password).containsAnyOf(chars(PasswordGenerator.LOWER))
                    .containsAnyOf(chars(PasswordGenerator.UPPER))
                    .containsAnyOf(chars(PasswordGenerator.DIGITS))
                    .containsAnyOf(chars(PasswordGenerator.SYMBOLS));
        });
    }

    @Test
    void no_password_holds_look_alike_or_unsafe_characters() {
        IntStream.range(0, 1000).forEach(i -> {
            String password = new String(generator.generate());

            assertThat(password).doesNotContain("0", "O", "1", "l", "I")
                    .matches("[a-zA-Z2-9!#%*+\\-=?@]+");
        });
    }

    @Test
    void a_thousand_passwords_are_all_different() {
        Set<String> passwords = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> passwords.add(new String(generator.generate())));

        assertThat(passwords).hasSize(1000);
    }

    private static String[] chars(String alphabet) {
        return alphabet.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);
    }
}
