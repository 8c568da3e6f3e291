package id.surel.mailbox.sql;

import id.surel.mailbox.connector.PasswordScheme;
import id.surel.mailbox.connector.Problems;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Virtual mailboxes in PostgreSQL ({@code surel.mail.tenants.<tenant>.sql.*}) in iRedMail's {@code vmail} schema or
 * PostfixAdmin's ({@code schema}). {@code owner-column} is the mailbox column that keeps the owner's key: iRedMail has
 * {@code employeeid}; PostfixAdmin has no such column, so one is added (see README). The database password comes from
 * configuration or the environment, never from Surel's database.
 */
public record SqlSettings(String url, String username, String password, String schema, String passwordScheme,
        String ownerColumn, Integer poolSize, Duration connectTimeout, Duration queryTimeout,
        String storageBaseDirectory, String storageNode) {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public SqlSettings {
        schema = schema == null ? "iredmail" : schema.strip().toLowerCase(Locale.ROOT);
        passwordScheme = passwordScheme == null ? "SSHA512" : passwordScheme;
        if (ownerColumn == null) {
            ownerColumn = "postfixadmin".equals(schema) ? "surel_owner" : "employeeid";
        }
        poolSize = poolSize == null ? 4 : poolSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(10) : queryTimeout;
        storageBaseDirectory = storageBaseDirectory == null ? "/var/vmail" : storageBaseDirectory;
        storageNode = storageNode == null ? "vmail1" : storageNode;
    }

    public void check(Problems problems) {
        problems.required("url", url);
        if (url != null && !url.isBlank() && !url.strip().startsWith("jdbc:postgresql:")) {
            problems.add("url", "harus URL JDBC PostgreSQL (jdbc:postgresql://...)",
                    "must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
        }
        problems.required("username", username);
        problems.required("password", password);
        if (!"iredmail".equals(schema) && !"postfixadmin".equals(schema)) {
            problems.add("schema", "harus iredmail atau postfixadmin, bukan '" + schema + "'",
                    "must be iredmail or postfixadmin, not '" + schema + "'");
        }
        PasswordScheme scheme = PasswordScheme.parse(passwordScheme).orElse(null);
        if (scheme != PasswordScheme.SSHA512 && scheme != PasswordScheme.BLF_CRYPT) {
            problems.add("password-scheme", "harus SSHA512 atau BLF-CRYPT, bukan '" + passwordScheme + "'",
                    "must be SSHA512 or BLF-CRYPT, not '" + passwordScheme + "'");
        }
        if (!COLUMN.matcher(ownerColumn).matches()) {
            problems.add("owner-column", "bukan nama kolom yang sah: '" + ownerColumn + "'",
                    "is not a valid column name: '" + ownerColumn + "'");
        }
        problems.positive("pool-size", poolSize);
        problems.positive("connect-timeout", connectTimeout);
        problems.positive("query-timeout", queryTimeout);
    }

    public PasswordScheme scheme() {
        return PasswordScheme.parse(passwordScheme).orElseThrow();
    }

    boolean postfixAdmin() {
        return "postfixadmin".equals(schema);
    }

    // The generated toString would print the database password.
    @Override
    public String toString() {
        return "SqlSettings[url=" + url + ", username=" + username + ", schema=" + schema + ", password=(hidden)]";
    }
}
