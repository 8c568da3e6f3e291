package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GreenMailDirectoryTest {

    private static final EmailAddress BUDI = EmailAddress.of("budi.santoso@kotabogor.go.id");
    private static final String PASSWORD = "Rahasia#Awal2026";

    private EmbeddedMailServer server;
    private GreenMailDirectory directory;
    private ImapReader imap;

    @BeforeEach
    void startServer() {
        server = new EmbeddedMailServer(new EmbeddedMailSettings(true, "127.0.0.1", 0, 0, 3));
        directory = new GreenMailDirectory(server, 3);
        imap = ImapReader.of(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void port_zero_binds_free_ports_that_the_server_reports() {
        assertThat(server.smtpPort()).isPositive().isNotEqualTo(server.imapPort());
        assertThat(server.imapPort()).isPositive();
    }

    @Test
    void a_created_mailbox_can_log_in_over_imap() throws MessagingException {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        imap.login(BUDI.toString(), PASSWORD);
    }

    @Test
    void a_wrong_password_is_refused_over_imap() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> imap.login(BUDI.toString(), "Salah#Sandi2026"));
    }

    @Test
    void mail_sent_through_the_mail_sender_arrives_in_the_new_inbox() throws MessagingException {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));
        send(BUDI.toString(), "Selamat datang di surel resmi");

        assertThat(imap.inboxSubjects(BUDI.toString(), PASSWORD)).containsExactly("Selamat datang di surel resmi");
    }

    @Test
    void a_created_mailbox_is_found_with_its_display_name() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        assertThat(directory.find(BUDI)).contains(
                new MailboxInfo(BUDI, "Budi Santoso", true, OptionalLong.empty(), "196801011990031001"));
        assertThat(directory.find(EmailAddress.of("siti@kotabogor.go.id"))).isEmpty();
    }

    @Test
    void creating_the_same_address_twice_is_refused_and_not_retryable() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        assertThatExceptionOfType(MailboxAlreadyExistsException.class)
                .isThrownBy(() -> directory.create(new NewMailbox(
                        EmailAddress.of("Budi.Santoso@KotaBogor.go.id"), "Budi S.", "197001011995031002", "Lain#Sandi2026".toCharArray())))
                .satisfies(e -> assertThat(e.retryable()).isFalse())
                .satisfies(e -> assertThat(e.address()).isEqualTo(BUDI));
    }

    @Test
    void setting_a_password_replaces_the_old_login() throws MessagingException {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        directory.setPassword(BUDI, "Baru#Sandi2026".toCharArray());

        imap.login(BUDI.toString(), "Baru#Sandi2026");
        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> imap.login(BUDI.toString(), PASSWORD));
    }

    @Test
    void setting_the_password_of_an_unknown_address_is_refused() {
        assertThatExceptionOfType(MailboxNotFoundException.class)
                .isThrownBy(() -> directory.setPassword(BUDI, PASSWORD.toCharArray()))
                .satisfies(e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void a_password_equal_to_the_address_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.create(
                new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", BUDI.toString().toCharArray())));
    }

    @Test
    void capacity_counts_the_mailboxes_of_one_domain_against_the_limit() {
        create("budi@kotabogor.go.id");
        create("siti@kotabogor.go.id");
        create("andi@morowalikab.go.id");

        MailCapacity capacity = directory.capacity("KotaBogor.go.id");

        assertThat(capacity.used()).isEqualTo(2);
        assertThat(capacity.total()).hasValue(3);
        assertThat(capacity.remaining()).hasValue(1);
        assertThat(capacity.hasRoomFor(1)).isTrue();
        assertThat(capacity.hasRoomFor(2)).isFalse();
    }

    @Test
    void capacity_is_unlimited_when_no_limit_is_configured() {
        GreenMailDirectory unlimited = new GreenMailDirectory(server, null);
        create("budi@kotabogor.go.id");

        assertThat(unlimited.capacity("kotabogor.go.id")).isEqualTo(MailCapacity.unlimited(1));
    }

    @Test
    void mail_to_an_outside_address_lands_in_a_readable_box_that_is_not_an_account() throws MessagingException {
        send("warga@gmail.test", "Permohonan Anda diterima");

        // GreenMail's auto-created box: login and password are the address itself.
        assertThat(imap.inboxSubjects("warga@gmail.test", "warga@gmail.test"))
                .containsExactly("Permohonan Anda diterima");
        assertThat(directory.find(EmailAddress.of("warga@gmail.test"))).isEmpty();
        assertThat(directory.capacity("gmail.test").used()).isZero();
    }

    @Test
    void creating_a_mailbox_over_an_auto_created_box_takes_it_over_empty() throws MessagingException {
        send(BUDI.toString(), "Terkirim sebelum akun ada");

        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        assertThat(imap.inboxSubjects(BUDI.toString(), PASSWORD)).isEmpty();
        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> imap.login(BUDI.toString(), BUDI.toString()));
        assertThat(directory.find(BUDI)).isPresent();
    }

    @Test
    void a_user_seeded_straight_into_greenmail_counts_as_a_mailbox() throws Exception {
        server.users().createUser(BUDI.toString(), BUDI.toString(), PASSWORD);

        assertThat(directory.find(BUDI)).contains(new MailboxInfo(BUDI, null));
        assertThatExceptionOfType(MailboxAlreadyExistsException.class)
                .isThrownBy(() -> create(BUDI.toString()));
    }

    @Test
    void calls_after_the_server_stopped_fail_as_retryable() {
        server.close();

        assertThatExceptionOfType(MailDirectoryException.class)
                .isThrownBy(() -> directory.find(BUDI))
                .satisfies(e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void a_suspended_mailbox_refuses_its_own_password_and_is_found_inactive() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        directory.setActive(BUDI, false);

        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> imap.login(BUDI.toString(), PASSWORD));
        assertThat(directory.find(BUDI)).hasValueSatisfying(info -> assertThat(info.active()).isFalse());
    }

    @Test
    void reactivating_a_suspended_mailbox_restores_its_own_password_and_keeps_its_mail() throws MessagingException {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));
        send(BUDI.toString(), "Surat sebelum ditangguhkan");
        directory.setActive(BUDI, false);
        directory.setActive(BUDI, false);

        directory.setActive(BUDI, true);

        assertThat(imap.inboxSubjects(BUDI.toString(), PASSWORD)).containsExactly("Surat sebelum ditangguhkan");
        assertThat(directory.find(BUDI)).hasValueSatisfying(info -> assertThat(info.active()).isTrue());
    }

    @Test
    void a_password_set_while_suspended_is_the_one_that_works_after_reactivation() throws MessagingException {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));
        directory.setActive(BUDI, false);

        directory.setPassword(BUDI, "Baru#Sandi2026".toCharArray());
        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> imap.login(BUDI.toString(), "Baru#Sandi2026"));
        directory.setActive(BUDI, true);

        imap.login(BUDI.toString(), "Baru#Sandi2026");
        assertThatExceptionOfType(AuthenticationFailedException.class)
                .isThrownBy(() -> imap.login(BUDI.toString(), PASSWORD));
    }

    @Test
    void suspending_or_reactivating_an_unknown_address_is_refused() {
        assertThatExceptionOfType(MailboxNotFoundException.class).isThrownBy(() -> directory.setActive(BUDI, false));
        assertThatExceptionOfType(MailboxNotFoundException.class).isThrownBy(() -> directory.setActive(BUDI, true));
    }

    @Test
    void a_quota_set_on_a_mailbox_is_reported_by_find() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));
        assertThat(directory.find(BUDI)).hasValueSatisfying(info -> assertThat(info.quotaBytes()).isEmpty());

        directory.setQuota(BUDI, 2L * 1024 * 1024 * 1024);

        assertThat(directory.find(BUDI)).hasValueSatisfying(
                info -> assertThat(info.quotaBytes()).hasValue(2L * 1024 * 1024 * 1024));
    }

    @Test
    void a_negative_quota_or_an_unknown_address_is_refused() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", "196801011990031001", PASSWORD.toCharArray()));

        assertThatIllegalArgumentException().isThrownBy(() -> directory.setQuota(BUDI, -1));
        assertThat(directory.find(BUDI)).hasValueSatisfying(info -> assertThat(info.quotaBytes()).isEmpty());
        assertThatExceptionOfType(MailboxNotFoundException.class)
                .isThrownBy(() -> directory.setQuota(EmailAddress.of("siti@kotabogor.go.id"), 1024));
    }

    @Test
    void the_platform_names_itself() {
        assertThat(directory.platformName()).contains("GreenMail");
    }

    private void create(String address) {
        directory.create(new NewMailbox(EmailAddress.of(address), "Pegawai", "199001012020121001", PASSWORD.toCharArray()));
    }

    private void send(String to, String subject) {
        JavaMailSender sender = EmbeddedMailConfiguration.mailSenderFor(server);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("noreply@kotabogor.go.id");
        message.setTo(to);
        message.setSubject(subject);
        message.setText("Isi pesan.");
        sender.send(message);
    }
}
