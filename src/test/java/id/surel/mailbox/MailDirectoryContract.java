package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every mail directory must do, run against each platform: the embedded server, OpenLDAP (slapd) and both SQL
 * schemas on PostgreSQL, the last three with a real Dovecot whose IMAP login proves what the directory wrote.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class MailDirectoryContract {

    static final String DOMAIN = "kotabogor.go.id";
    static final String OTHER_DOMAIN = "morowalikab.go.id";
    static final long CAPACITY = 3;
    static final EmailAddress BUDI = EmailAddress.of("budi.santoso@" + DOMAIN);
    static final String BUDI_NIP = "196801011990031001";
    static final String PASSWORD = "Rahasia#Awal2026";

    /** The directory under test, configured with a capacity of {@link #CAPACITY} mailboxes per domain. */
    abstract MailDirectory directory();

    /** Logs in over IMAP as a mail client would; throws AuthenticationFailedException when refused. */
    abstract void login(EmailAddress address, String password) throws MessagingException;

    @Test
    void a_created_mailbox_logs_in_over_imap_with_its_password() throws MessagingException {
        createBudi(PASSWORD);

        login(BUDI, PASSWORD);
        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> login(BUDI, "Salah#Sandi2026"));
    }

    @Test
    void a_created_mailbox_is_found_active_with_its_name_and_owner() {
        createBudi(PASSWORD);

        MailboxInfo info = directory().find(BUDI).orElseThrow();

        assertThat(info.address()).isEqualTo(BUDI);
        assertThat(info.displayName()).isEqualTo("Budi Santoso");
        assertThat(info.active()).isTrue();
        assertThat(info.ownerKey()).isEqualTo(BUDI_NIP);
    }

    @Test
    void finding_a_missing_address_is_empty() {
        createBudi(PASSWORD);

        assertThat(directory().find(EmailAddress.of("siti.aminah@" + DOMAIN))).isEmpty();
        assertThat(directory().find(EmailAddress.of("budi.santoso@" + OTHER_DOMAIN))).isEmpty();
    }

    @Test
    void resetting_the_password_makes_the_old_one_fail_and_the_new_one_work() throws MessagingException {
        createBudi(PASSWORD);

        directory().setPassword(BUDI, "Baru#Sandi2026".toCharArray());

        login(BUDI, "Baru#Sandi2026");
        assertThatExceptionOfType(AuthenticationFailedException.class).isThrownBy(() -> login(BUDI, PASSWORD));
    }

    @Test
    void a_deactivated_mailbox_cannot_log_in_until_it_is_activated_again() throws MessagingException {
        createBudi(PASSWORD);

        directory().setActive(BUDI, false);

        assertThatExceptionOfType(AuthenticationFailedException.class).isThrownBy(() -> login(BUDI, PASSWORD));
        assertThat(directory().find(BUDI).orElseThrow().active()).isFalse();

        directory().setActive(BUDI, true);

        login(BUDI, PASSWORD);
        assertThat(directory().find(BUDI).orElseThrow().active()).isTrue();
    }

    @Test
    void a_quota_set_is_read_back() {
        createBudi(PASSWORD);
        long twoGibibytes = 2L * 1024 * 1024 * 1024;

        directory().setQuota(BUDI, twoGibibytes);

        assertThat(directory().find(BUDI).orElseThrow().quotaBytes()).hasValue(twoGibibytes);
    }

    @Test
    void creating_again_for_the_same_owner_succeeds_with_the_new_password() throws MessagingException {
        createBudi(PASSWORD);

        createBudi("Ulang#Sandi2026");

        login(BUDI, "Ulang#Sandi2026");
        assertThat(directory().capacity(DOMAIN).used()).isEqualTo(1);
    }

    @Test
    void creating_an_address_held_by_another_owner_is_a_final_conflict() throws MessagingException {
        createBudi(PASSWORD);

        assertThatExceptionOfType(MailboxAlreadyExistsException.class)
                .isThrownBy(() -> directory().create(new NewMailbox(BUDI, "Budi Santoso", "197505052000121003",
                        "Orang#Lain2026".toCharArray())))
                .satisfies(e -> assertThat(e.retryable()).isFalse())
                .satisfies(e -> assertThat(e.getMessage()).contains("pemilik lain").contains("another owner"));
        login(BUDI, PASSWORD);
        assertThat(directory().find(BUDI).orElseThrow().ownerKey()).isEqualTo(BUDI_NIP);
    }

    @Test
    void changing_a_missing_mailbox_is_a_final_not_found() {
        EmailAddress missing = EmailAddress.of("tidak.ada@" + DOMAIN);

        assertThatExceptionOfType(MailboxNotFoundException.class)
                .isThrownBy(() -> directory().setPassword(missing, PASSWORD.toCharArray()))
                .satisfies(e -> assertThat(e.retryable()).isFalse());
        assertThatExceptionOfType(MailboxNotFoundException.class)
                .isThrownBy(() -> directory().setActive(missing, false));
        assertThatExceptionOfType(MailboxNotFoundException.class)
                .isThrownBy(() -> directory().setQuota(missing, 1024));
    }

    @Test
    void a_negative_quota_is_refused() {
        createBudi(PASSWORD);

        assertThatIllegalArgumentException().isThrownBy(() -> directory().setQuota(BUDI, -1));
    }

    @Test
    void capacity_counts_the_mailboxes_of_one_domain_against_the_limit() {
        create("budi@" + DOMAIN, "199001012020121001");
        create("siti@" + DOMAIN, "199002022020122002");
        create("andi@" + OTHER_DOMAIN, "199003032020121003");

        MailCapacity capacity = directory().capacity(DOMAIN);

        assertThat(capacity.used()).isEqualTo(2);
        assertThat(capacity.total()).hasValue(CAPACITY);
        assertThat(capacity.hasRoomFor(1)).isTrue();
        assertThat(capacity.hasRoomFor(2)).isFalse();
        assertThat(directory().capacity(OTHER_DOMAIN).used()).isEqualTo(1);
    }

    @Test
    void the_platform_names_itself() {
        assertThat(directory().platformName()).isNotBlank();
    }

    private void createBudi(String password) {
        directory().create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, password.toCharArray()));
    }

    private void create(String address, String owner) {
        directory().create(new NewMailbox(EmailAddress.of(address), "Pegawai", owner, PASSWORD.toCharArray()));
    }
}
