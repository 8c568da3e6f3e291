package id.surel.mailbox.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mail server's PostgreSQL database: an embedded PostgreSQL on a free port (so Dovecot's pgsql driver can reach it
 * too), with one database made from a schema script among the test resources.
 */
public final class MailDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String database;
    private final String schemaResource;
    private EmbeddedPostgres postgres;
    private JdbcTemplate jdbc;

    public MailDatabase(String database, String schemaResource) {
        this.database = database;
        this.schemaResource = schemaResource;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + database);
        jdbc = new JdbcTemplate(postgres.getDatabase("postgres", database));
        jdbc.execute(Slapd.resource(schemaResource));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
