package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmailAddressTest {

    @Test
    void an_address_is_split_into_local_part_and_domain_in_lower_case() {
        EmailAddress address = EmailAddress.of("  Budi.Santoso@KotaBogor.go.id ");

        assertThat(address.local()).isEqualTo("budi.santoso");
        assertThat(address.domain()).isEqualTo("kotabogor.go.id");
        assertThat(address).hasToString("budi.santoso@kotabogor.go.id");
    }

    @Test
    void the_same_address_in_another_case_is_equal() {
        assertThat(EmailAddress.of("BUDI@kota.go.id")).isEqualTo(EmailAddress.of("budi@KOTA.GO.ID"));
    }

    @Test
    void the_constructor_normalizes_like_of() {
        assertThat(new EmailAddress("Budi", "Kota.go.id")).isEqualTo(EmailAddress.of("budi@kota.go.id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "budi@kota.go.id",
        "adm_1-x@diskominfo.morowalikab.go.id",
        "b.santoso.19730727@xn--kta-1na.go.id",
        "a@b.co",
        "-budi-@kota.go.id"})
    void well_formed_addresses_are_accepted(String text) {
        assertThat(EmailAddress.of(text)).hasToString(text);
    }

    @Test
    void a_local_part_of_sixty_four_characters_is_accepted() {
        assertThat(EmailAddress.of("a".repeat(64) + "@kota.go.id").local()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        " ",
        "budi",
        "budi@",
        "@kota.go.id",
        "budi@@kota.go.id",
        "budi@bogor@kota.go.id",
        "bu di@kota.go.id",
        "budi+tag@kota.go.id",
        "budí@kota.go.id",
        ".budi@kota.go.id",
        "budi.@kota.go.id",
        "bu..di@kota.go.id",
        "budi@localhost",
        "budi@kota..go.id",
        "budi@.kota.go.id",
        "budi@kota.go.id.",
        "budi@-kota.go.id",
        "budi@kota-.go.id",
        "budi@kota_bogor.go.id",
        "budi@10.0.0.1",
        "budi@[10.0.0.1]"})
    void malformed_addresses_are_refused_with_a_bilingual_message(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailAddress.of(text))
                .withMessageStartingWith("alamat e-mail tidak sah / invalid e-mail address");
    }

    @Test
    void a_local_part_longer_than_sixty_four_characters_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailAddress.of("a".repeat(65) + "@kota.go.id"))
                .withMessageContaining("64");
    }

    @Test
    void a_domain_label_longer_than_sixty_three_characters_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("budi@" + "k".repeat(64) + ".go.id"));
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        String domain = "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(63) + ".go.id";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailAddress.of("a".repeat(64) + "@" + domain))
                .withMessageContaining("254");
    }

    @Test
    void the_constructor_refuses_what_of_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(".budi", "kota.go.id"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("budi", null));
    }
}
