package id.surel.mailbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Surel's register of the accounts it created. Its unique indexes (one address, one active account per owner) are
 * what makes a duplicate impossible even when two nodes provision at once.
 */
@Repository
public class MailAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    public MailAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<MailAccount> forRequest(String tenantId, UUID requestId) {
        return jdbc.sql("select * from mail_account where tenant_id = ? and request_id = ?")
                .params(tenantId, requestId)
                .query(this::map)
                .optional();
    }

    public Optional<MailAccount> activeForOwner(String tenantId, String ownerKey) {
        return jdbc.sql("select * from mail_account where tenant_id = ? and owner_key = ? and status = 'ACTIVE'")
                .params(tenantId, ownerKey)
                .query(this::map)
                .optional();
    }

    /** Any tenant's account at this address: addresses are global, like the mail server's. */
    public Optional<MailAccount> byAddress(String address) {
        return jdbc.sql("select * from mail_account where address = ?").param(address).query(this::map).optional();
    }

    public long countActive(String tenantId) {
        return jdbc.sql("select count(*) from mail_account where tenant_id = ? and status = 'ACTIVE' and mailbox_created_at is not null")
                .param(tenantId)
                .query(Long.class)
                .single();
    }

    void reserve(String tenantId, String address, String ownerKey, String displayName, UUID requestId,
            String platform) {
        jdbc.sql("""
                insert into mail_account (tenant_id, address, owner_key, display_name, request_id, platform)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(tenantId, address, ownerKey, displayName, requestId, platform)
                .update();
    }

    /** Frees a reservation whose mailbox was never made (the request gave up creating it). */
    void release(long id) {
        jdbc.sql("delete from mail_account where id = ? and mailbox_created_at is null").param(id).update();
    }

    /** Stamped with the application's clock, like the request's own times, so reports bucket both alike. */
    void markMailboxCreated(long id) {
        jdbc.sql("update mail_account set mailbox_created_at = coalesce(mailbox_created_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    void markCredentialDelivered(long id) {
        jdbc.sql("update mail_account set credential_delivered_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    private MailAccount map(ResultSet rs, int rowNum) throws SQLException {
        return new MailAccount(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("address"),
                rs.getString("owner_key"), rs.getString("display_name"), rs.getObject("request_id", UUID.class),
                rs.getString("platform"), rs.getString("status"), instant(rs.getTimestamp("mailbox_created_at")),
                instant(rs.getTimestamp("credential_delivered_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
