package id.surel.mailbox.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailCapacity;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailDirectoryException;
import id.surel.mailbox.MailboxAlreadyExistsException;
import id.surel.mailbox.MailboxInfo;
import id.surel.mailbox.MailboxNotFoundException;
import id.surel.mailbox.NewMailbox;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Virtual mailboxes in the tables Postfix and Dovecot read: iRedMail's {@code vmail} schema (quota in megabytes,
 * {@code active} as 0/1, a self-row in {@code forwardings}) or PostfixAdmin's (quota in bytes, boolean
 * {@code active}, an {@code alias} row per mailbox). A mailbox and its alias row are written in one transaction. An
 * address held by an alias (no mailbox) counts as taken.
 */
public final class SqlMailDirectory implements MailDirectory, AutoCloseable {

    private static final long MEBIBYTE = 1024L * 1024L;

    private final SqlSettings settings;
    private final OptionalLong capacity;
    private final long defaultQuotaBytes;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public SqlMailDirectory(SqlSettings settings, OptionalLong capacity, long defaultQuotaBytes) {
        this.settings = settings;
        this.capacity = capacity;
        this.defaultQuotaBytes = defaultQuotaBytes;
        this.dataSource = new HikariDataSource(poolConfig(settings));
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(Math.toIntExact(settings.queryTimeout().toSeconds()));
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Optional<MailboxInfo> find(EmailAddress address) {
        return call("mencari " + address, "looking up " + address, () -> {
            List<MailboxInfo> mailboxes = jdbc.query(
                    "SELECT name, active, quota, " + settings.ownerColumn()
                            + " AS owner FROM mailbox WHERE username = ?",
                    (row, n) -> new MailboxInfo(address, row.getString("name"), row.getBoolean("active"),
                            OptionalLong.of(quotaBytes(row.getLong("quota"))), row.getString("owner")),
                    address.toString());
            if (!mailboxes.isEmpty()) {
                return mailboxes.stream().findFirst();
            }
            return jdbc.query("SELECT active FROM alias WHERE address = ?",
                    (row, n) -> new MailboxInfo(address, null, row.getBoolean("active"), OptionalLong.empty(), null),
                    address.toString()).stream().findFirst();
        });
    }

    @Override
    public void create(NewMailbox mailbox) {
        EmailAddress address = mailbox.address();
        Optional<MailboxInfo> existing = find(address);
        if (existing.isPresent()) {
            takeOverOwn(mailbox, existing.get());
            return;
        }
        String hash = settings.scheme().hash(mailbox.initialPassword());
        try {
            call("membuat " + address, "creating " + address, () -> transactions.execute(status -> {
                requireDomain(address.domain());
                insert(mailbox, hash);
                return null;
            }));
        } catch (MailDirectoryException e) {
            if (!(e.getCause() instanceof DuplicateKeyException)) {
                throw e;
            }
            // Someone created it between our look and our insert.
            takeOverOwn(mailbox, find(address).orElseThrow(() -> new MailboxAlreadyExistsException(address)));
        }
    }

    @Override
    public void setPassword(EmailAddress address, char[] password) {
        String hash = settings.scheme().hash(password);
        String changed = settings.postfixAdmin() ? "modified = now()" : "passwordlastchange = now()";
        update(address, "UPDATE mailbox SET password = ?, " + changed + " WHERE username = ?", hash);
    }

    @Override
    public void setActive(EmailAddress address, boolean active) {
        Object flag = settings.postfixAdmin() ? (Object) active : (Object) (active ? 1 : 0);
        call("mengubah " + address, "changing " + address, () -> transactions.execute(status -> {
            update(address, "UPDATE mailbox SET active = ? WHERE username = ?", flag);
            if (settings.postfixAdmin()) {
                jdbc.update("UPDATE alias SET active = ? WHERE address = ? AND goto = ?", flag, address.toString(),
                        address.toString());
            } else {
                jdbc.update("UPDATE forwardings SET active = ? WHERE address = ? AND forwarding = ?", flag,
                        address.toString(), address.toString());
            }
            return null;
        }));
    }

    @Override
    public void setQuota(EmailAddress address, long quotaBytes) {
        if (quotaBytes < 0) {
            throw new IllegalArgumentException("kuota negatif / negative quota for " + address + ": " + quotaBytes);
        }
        update(address, "UPDATE mailbox SET quota = ? WHERE username = ?", storedQuota(quotaBytes));
    }

    @Override
    public MailCapacity capacity(String domain) {
        Long used = call("menghitung kotak surat " + domain, "counting mailboxes of " + domain,
                () -> jdbc.queryForObject("SELECT count(*) FROM mailbox WHERE domain = ?", Long.class,
                        domain.strip().toLowerCase(Locale.ROOT)));
        return new MailCapacity(used == null ? 0 : used, capacity);
    }

    @Override
    public String platformName() {
        return (settings.postfixAdmin() ? "SQL (PostfixAdmin) " : "SQL (iRedMail vmail) ") + settings.url();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private void takeOverOwn(NewMailbox mailbox, MailboxInfo existing) {
        if (!mailbox.ownedBy(existing)) {
            throw new MailboxAlreadyExistsException(mailbox.address());
        }
        setPassword(mailbox.address(), mailbox.initialPassword());
    }

    private void requireDomain(String domain) {
        if (jdbc.queryForList("SELECT domain FROM domain WHERE domain = ?", String.class, domain).isEmpty()) {
            throw new MailDirectoryException("domain " + domain + " tidak ada di tabel domain server mail"
                    + " / domain " + domain + " is not in the mail server's domain table", false);
        }
    }

    private void insert(NewMailbox mailbox, String hash) {
        EmailAddress address = mailbox.address();
        String username = address.toString();
        String maildir = address.domain() + "/" + address.local() + "/";
        long quota = storedQuota(defaultQuotaBytes);
        String owner = settings.ownerColumn();
        if (settings.postfixAdmin()) {
            jdbc.update("INSERT INTO mailbox (username, password, name, maildir, quota, local_part, domain, active, "
                    + owner + ", created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, true, ?, now(), now())",
                    username, hash, mailbox.displayName(), maildir, quota, address.local(), address.domain(),
                    mailbox.ownerKey());
            jdbc.update("INSERT INTO alias (address, goto, domain, active, created, modified)"
                    + " VALUES (?, ?, ?, true, now(), now())", username, username, address.domain());
        } else {
            jdbc.update("INSERT INTO mailbox (username, password, name, storagebasedirectory, storagenode, maildir,"
                    + " quota, domain, local_part, active, " + owner + ", passwordlastchange, created)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, now(), now())",
                    username, hash, mailbox.displayName(), settings.storageBaseDirectory(), settings.storageNode(),
                    maildir, quota, address.domain(), address.local(), mailbox.ownerKey());
            jdbc.update("INSERT INTO forwardings (address, forwarding, domain, dest_domain, is_forwarding, active)"
                    + " VALUES (?, ?, ?, ?, 1, 1)", username, username, address.domain(), address.domain());
        }
    }

    private void update(EmailAddress address, String sql, Object value) {
        int rows = call("mengubah " + address, "changing " + address,
                () -> jdbc.update(sql, value, address.toString()));
        if (rows == 0) {
            throw new MailboxNotFoundException(address);
        }
    }

    // iRedMail keeps megabytes (rounded up, so a quota is never cut); PostfixAdmin keeps bytes.
    private long storedQuota(long bytes) {
        return settings.postfixAdmin() ? bytes : (bytes + MEBIBYTE - 1) / MEBIBYTE;
    }

    private long quotaBytes(long stored) {
        return settings.postfixAdmin() ? stored : stored * MEBIBYTE;
    }

    private <T> T call(String indonesian, String english, Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            boolean retryable = e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                    || e instanceof DataAccessResourceFailureException;
            String cause = e.getMostSpecificCause().getMessage();
            throw new MailDirectoryException("Basis data server mail gagal saat " + indonesian
                    + (retryable ? ", dapat dicoba lagi" : "") + " / the mail server's database failed while "
                    + english + (retryable ? ", retryable" : "") + ": " + cause, retryable, e);
        }
    }

    private static HikariConfig poolConfig(SqlSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("surel-mail-sql");
        config.setJdbcUrl(settings.url().strip());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        // Start even when the mail database is down; the first call then fails as retryable.
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", Math.max(1, settings.connectTimeout().toSeconds()));
        config.addDataSourceProperty("socketTimeout", settings.queryTimeout().toSeconds() + 5);
        return config;
    }
}
