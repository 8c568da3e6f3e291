package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.servers.Dovecot;
import id.surel.mailbox.servers.MailDatabase;
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
 * The mail-directory contract on PostfixAdmin's schema in PostgreSQL with bcrypt ({BLF-CRYPT}) passwords, logging in
 * through a real Dovecot that reads it.
 */
class PostfixAdminSqlDirectoryContractTest extends MailDirectoryContract {

    static final long DEFAULT_QUOTA = 512L * 1024 * 1024;

    @RegisterExtension
    @Order(1)
    static final MailDatabase database = new MailDatabase("postfix", "/mail-servers/postfixadmin.sql");

    @RegisterExtension
    @Order(2)
    static final Dovecot dovecot = new Dovecot(server -> Dovecot.sqlAuth(server, database.port(), "postfix",
            "SELECT username AS user, password FROM mailbox WHERE username = '%u' AND active = true",
            "SELECT '" + server.vmail() + "/' || maildir AS home, 65534 AS uid, 65534 AS gid FROM mailbox"
                    + " WHERE username = '%u' AND active = true"));

    private SqlMailDirectory directory;

    @BeforeEach
    void connect() {
        database.jdbc().execute("DELETE FROM mailbox; DELETE FROM alias");
        SqlSettings settings = new SqlSettings(database.jdbcUrl(), "postgres", "trust-auth-ignores-it",
                "postfixadmin", "BLF-CRYPT", null, 2, null, null, null, null);
        directory = new SqlMailDirectory(settings, OptionalLong.of(CAPACITY), DEFAULT_QUOTA);
    }

    @AfterEach
    void disconnect() {
        directory.close();
    }

    @Test
    void the_rows_follow_postfixadmin_bcrypt_quota_in_bytes_owner_and_alias() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray()));

        Map<String, Object> row = database.jdbc().queryForMap("SELECT * FROM mailbox WHERE username = ?",
                BUDI.toString());
        assertThat((String) row.get("password")).startsWith("{BLF-CRYPT}$2y$").doesNotContain(PASSWORD);
        assertThat(row.get("quota")).isEqualTo(DEFAULT_QUOTA);
        assertThat(row.get("surel_owner")).isEqualTo(BUDI_NIP);
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(database.jdbc().queryForObject("SELECT goto FROM alias WHERE address = ?", String.class,
                BUDI.toString())).isEqualTo(BUDI.toString());
    }

    @Test
    void suspending_also_stops_the_alias_that_delivers_mail() {
        directory.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray()));

        directory.setActive(BUDI, false);

        assertThat(database.jdbc().queryForObject("SELECT active FROM alias WHERE address = ?", Boolean.class,
                BUDI.toString())).isFalse();
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
