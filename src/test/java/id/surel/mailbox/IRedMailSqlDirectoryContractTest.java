package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import id.surel.mailbox.servers.Dovecot;
import id.surel.mailbox.servers.MailDatabase;
import id.surel.mailbox.servers.ServerProcess;
import id.surel.mailbox.sql.SqlMailDirectory;
import id.surel.mailbox.sql.SqlSettings;
import jakarta.mail.MessagingException;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail-directory contract on iRedMail's vmail schema in PostgreSQL, logging in through a real Dovecot that reads
 * it with iRedMail's queries ({@code enable<service><secured>} flags, active mailbox and domain).
 */
class IRedMailSqlDirectoryContractTest extends MailDirectoryContract {

    static final long DEFAULT_QUOTA = 1024L * 1024 * 1024;

    @RegisterExtension
    @Order(1)
    static final MailDatabase database = new MailDatabase("vmail", "/mail-servers/iredmail-vmail.sql");

    @RegisterExtension
    @Order(2)
    static final Dovecot dovecot = new Dovecot(server -> Dovecot.sqlAuth(server, database.port(), "vmail",
            "SELECT mailbox.username AS user, mailbox.password AS password FROM mailbox, domain"
                    + " WHERE mailbox.username = '%u' AND mailbox.active = 1 AND mailbox.enable%Ls%Lc = 1"
                    + " AND domain.domain = '%d' AND domain.active = 1",
            "SELECT mailbox.storagebasedirectory || '/' || mailbox.storagenode || '/' || mailbox.maildir AS home,"
                    + " 65534 AS uid, 65534 AS gid FROM mailbox WHERE mailbox.username = '%u' AND mailbox.active = 1"));

    private SqlMailDirectory directory;

    @BeforeEach
    void connect() {
        database.jdbc().execute("DELETE FROM mailbox; DELETE FROM forwardings; DELETE FROM alias");
        directory = new SqlMailDirectory(settings(database.jdbcUrl()), OptionalLong.of(CAPACITY), DEFAULT_QUOTA);
    }

    @AfterEach
    void disconnect() {
        directory.close();
    }

    static SqlSettings settings(String url) {
        return new SqlSettings(url, "postgres", "trust-auth-ignores-it", "iredmail", "SSHA512", null, 2, null, null,
                dovecot.vmail().toString(), "vmail1");
    }

    @Test
    void the_rows_follow_iredmail_a_salted_hash_quota_in_megabytes_owner_and_forwarding() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray()));

        Map<String, Object> row = database.jdbc().queryForMap("SELECT * FROM mailbox WHERE username = ?",
                BUDI.toString());
        assertThat((String) row.get("password")).startsWith("{SSHA512}").doesNotContain(PASSWORD);
        assertThat(row.get("quota")).isEqualTo(1024L);
        assertThat(row.get("employeeid")).isEqualTo(BUDI_NIP);
        assertThat(row.get("domain")).isEqualTo(DOMAIN);
        assertThat(row.get("local_part")).isEqualTo("budi.santoso");
        assertThat(row.get("maildir")).isEqualTo(DOMAIN + "/budi.santoso/");
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM forwardings WHERE address = ? AND"
                + " forwarding = ? AND active = 1", Long.class, BUDI.toString(), BUDI.toString())).isEqualTo(1);
    }

    @Test
    void an_address_held_by_an_alias_is_taken() {
        database.jdbc().update("INSERT INTO alias (address, domain) VALUES (?, ?)", BUDI.toString(), DOMAIN);

        assertThat(directory.find(BUDI)).isPresent();
        assertThatExceptionOfType(MailboxAlreadyExistsException.class).isThrownBy(() -> directory.create(
                new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray())));
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM mailbox", Long.class)).isZero();
    }

    @Test
    void a_domain_missing_from_the_domain_table_is_a_final_error_and_writes_nothing() {
        EmailAddress elsewhere = EmailAddress.of("budi@batam.go.id");

        assertThatExceptionOfType(MailDirectoryException.class)
                .isThrownBy(() -> directory.create(new NewMailbox(elsewhere, "Budi", BUDI_NIP, PASSWORD.toCharArray())))
                .satisfies(e -> assertThat(e.retryable()).isFalse())
                .satisfies(e -> assertThat(e.getMessage()).contains("batam.go.id").contains("tidak ada"));
        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM forwardings", Long.class)).isZero();
    }

    @Test
    void an_unreachable_database_is_a_retryable_failure() {
        String closed = "jdbc:postgresql://127.0.0.1:" + ServerProcess.freePort() + "/vmail";
        try (SqlMailDirectory down = new SqlMailDirectory(settings(closed), OptionalLong.empty(), 0)) {
            assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> down.find(BUDI))
                    .satisfies(e -> assertThat(e.retryable()).isTrue());
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
