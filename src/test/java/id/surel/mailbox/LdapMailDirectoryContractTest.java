package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import id.surel.mailbox.ldap.LdapMailDirectory;
import id.surel.mailbox.ldap.LdapSettings;
import id.surel.mailbox.servers.Dovecot;
import id.surel.mailbox.servers.ServerProcess;
import id.surel.mailbox.servers.Slapd;
import jakarta.mail.MessagingException;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail-directory contract on a real slapd, logging in through a real Dovecot that authenticates against it. */
class LdapMailDirectoryContractTest extends MailDirectoryContract {

    static final long DEFAULT_QUOTA = 1024L * 1024 * 1024;

    @RegisterExtension
    @Order(1)
    static final Slapd slapd = new Slapd(DOMAIN, OTHER_DOMAIN);

    @RegisterExtension
    @Order(2)
    static final Dovecot dovecot = new Dovecot(server -> Dovecot.ldapAuth(server, slapd));

    private LdapMailDirectory directory;

    @BeforeEach
    void connect() throws LDAPException {
        slapd.clearUsers();
        directory = new LdapMailDirectory(settings("SSHA512"), OptionalLong.of(CAPACITY), DEFAULT_QUOTA);
    }

    @AfterEach
    void disconnect() {
        directory.close();
    }

    static LdapSettings settings(String scheme) {
        return new LdapSettings(slapd.url(), Slapd.ADMIN_DN, Slapd.ADMIN_PASSWORD, Slapd.SUFFIX, scheme, 2, null,
                null, dovecot.vmail().toString(), "vmail1");
    }

    @Test
    void the_entry_is_an_iredmail_mail_user_with_a_salted_hash_and_the_owner_mark() throws LDAPException {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray()));

        try (LDAPConnection connection = slapd.connect()) {
            Entry entry = connection.getEntry("mail=" + BUDI + "," + Slapd.usersDn(DOMAIN), "*");
            assertThat(entry.getObjectClassValues()).contains("inetOrgPerson", "shadowAccount", "mailUser");
            assertThat(entry.getAttributeValue("userPassword")).startsWith("{SSHA512}").doesNotContain(PASSWORD);
            assertThat(entry.getAttributeValue("employeeNumber")).isEqualTo(BUDI_NIP);
            assertThat(entry.getAttributeValue("uid")).isEqualTo("budi.santoso");
            assertThat(entry.getAttributeValue("accountStatus")).isEqualTo("active");
            assertThat(entry.getAttributeValueAsLong("mailQuota")).isEqualTo(DEFAULT_QUOTA);
            assertThat(entry.getAttributeValues("enabledService")).contains("mail", "imap", "imapsecured", "smtp");
        }
    }

    @Test
    void an_ssha_directory_writes_a_hash_that_dovecot_accepts() throws MessagingException {
        try (LdapMailDirectory ssha = new LdapMailDirectory(settings("SSHA"), OptionalLong.of(CAPACITY), 0)) {
            ssha.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray()));
        }

        login(BUDI, PASSWORD);
    }

    @Test
    void an_address_held_as_another_entrys_alias_is_taken() throws LDAPException {
        directory.create(new NewMailbox(EmailAddress.of("sekretariat@" + DOMAIN), "Sekretariat", "unit:setda",
                PASSWORD.toCharArray()));
        try (LDAPConnection connection = slapd.connect()) {
            connection.modify("mail=sekretariat@" + DOMAIN + "," + Slapd.usersDn(DOMAIN),
                    new Modification(ModificationType.ADD, "shadowAddress", BUDI.toString()));
        }

        assertThat(directory.find(BUDI)).isPresent();
        assertThatExceptionOfType(MailboxAlreadyExistsException.class).isThrownBy(() -> directory.create(
                new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray())));
    }

    @Test
    void a_domain_missing_from_the_tree_is_a_final_error_naming_it() {
        EmailAddress elsewhere = EmailAddress.of("budi@batam.go.id");

        assertThatExceptionOfType(MailDirectoryException.class)
                .isThrownBy(() -> directory.create(new NewMailbox(elsewhere, "Budi", BUDI_NIP, PASSWORD.toCharArray())))
                .satisfies(e -> assertThat(e.retryable()).isFalse())
                .satisfies(e -> assertThat(e.getMessage()).contains("batam.go.id").contains("tidak ada")
                        .contains("is not in"));
    }

    @Test
    void an_unreachable_server_is_a_retryable_failure() {
        LdapSettings closedPort = new LdapSettings("ldap://127.0.0.1:" + ServerProcess.freePort() + "/",
                Slapd.ADMIN_DN, Slapd.ADMIN_PASSWORD, Slapd.SUFFIX, "SSHA512", 1, null, null, null, null);
        try (LdapMailDirectory down = new LdapMailDirectory(closedPort, OptionalLong.empty(), 0)) {
            assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> down.find(BUDI))
                    .satisfies(e -> assertThat(e.retryable()).isTrue());
        }
    }

    @Test
    void a_wrong_bind_password_is_a_final_failure() {
        LdapSettings wrong = new LdapSettings(slapd.url(), Slapd.ADMIN_DN, "salah", Slapd.SUFFIX, "SSHA512", 1, null,
                null, null, null);
        try (LdapMailDirectory refused = new LdapMailDirectory(wrong, OptionalLong.empty(), 0)) {
            assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> refused.find(BUDI))
                    .satisfies(e -> assertThat(e.retryable()).isFalse())
                    .satisfies(e -> assertThat(e.getMessage()).contains("bind"));
        }
    }

    @Override
    MailDirectory directory() {
        return directory;
    }

    @Override
    void login(EmailAddress address, String password) throws MessagingException {
        new ImapReader("127.0.0.1", dovecot.imapPort()).login(address.toString(), password);
    }
}
