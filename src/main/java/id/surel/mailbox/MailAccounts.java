package id.surel.mailbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Surel's register of the accounts it created. Its unique indexes (one address, one active account per owner) are
 * what makes a duplicate impossible even when two nodes provision at once.
 */
@Repository
public class MailAccounts {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    public MailAccounts(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    public Optional<MailAccount> forRequest(String tenantId, UUID requestId) {
        return jdbc.sql("select * from mail_account where tenant_id = ? and request_id = ?")
                .params(tenantId, requestId)
                .query(this::map)
                .optional();
    }

    /** The account this owner holds, active or suspended (a suspension keeps the owner's one account). */
    public Optional<MailAccount> activeForOwner(String tenantId, String ownerKey) {
        return jdbc.sql("select * from mail_account where tenant_id = ? and owner_key = ? and status in ('ACTIVE', 'SUSPENDED')")
                .params(tenantId, ownerKey)
                .query(this::map)
                .optional();
    }

    /** Any tenant's account at this address: addresses are global, like the mail server's. */
    public Optional<MailAccount> byAddress(String address) {
        return jdbc.sql("select * from mail_account where address = ?").param(address).query(this::map).optional();
    }

    /** The active or suspended account of each of these owners that has one, by owner: one query for a whole bulk upload. */
    public Map<String, String> activeAddressesOf(String tenantId, Collection<String> ownerKeys) {
        Map<String, String> found = new HashMap<>();
        jdbc.sql("select owner_key, address from mail_account where tenant_id = ? and status in ('ACTIVE', 'SUSPENDED')"
                        + " and owner_key = any(?)")
                .params(tenantId, ownerKeys.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                });
        return found;
    }

    /** Which of these addresses are in the register, in any tenant. */
    public Set<String> registered(Collection<String> addresses) {
        return Set.copyOf(jdbc.sql("select address from mail_account where address = any(?)")
                .param(addresses.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** The accounts reserved for one request, by owner (a bulk request has one per member). */
    public Map<String, MailAccount> forRequestByOwner(String tenantId, UUID requestId) {
        Map<String, MailAccount> found = new HashMap<>();
        jdbc.sql("select * from mail_account where tenant_id = ? and request_id = ?")
                .params(tenantId, requestId)
                .query(this::map)
                .list()
                .forEach(a -> found.put(a.ownerKey(), a));
        return found;
    }

    /**
     * Reserves many accounts of one request in one batch. A reservation that collides with any existing address or
     * active owner is skipped, not an error: the caller reads back which ones it holds.
     */
    public void reserveAll(String tenantId, UUID requestId, String platform, List<Reservation> reservations) {
        batch.batchUpdate("""
                insert into mail_account (tenant_id, address, owner_key, display_name, request_id, platform)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """, reservations, 500, (ps, r) -> {
                    ps.setString(1, tenantId);
                    ps.setString(2, r.address());
                    ps.setString(3, r.ownerKey());
                    ps.setString(4, r.displayName());
                    ps.setObject(5, requestId);
                    ps.setString(6, platform);
                });
    }

    /** Records, in one statement, that these accounts' mailboxes exist and their credentials went out. */
    public void markIssued(Collection<Long> accountIds) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                update mail_account set mailbox_created_at = coalesce(mailbox_created_at, ?),
                    credential_delivered_at = ? where id = any(?)
                """)
                .params(now, now, accountIds.toArray(Long[]::new))
                .update();
    }

    /** One account to reserve: its address, its owner and the name shown for it. */
    public record Reservation(String address, String ownerKey, String displayName) {
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

    /** One account of this tenant by its id. */
    public Optional<MailAccount> byId(String tenantId, long id) {
        return jdbc.sql("select * from mail_account where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    /** Records the account's state after a lifecycle change: SUSPENDED, CLOSED (the mailbox is kept) or ACTIVE. */
    public void setStatus(String tenantId, long id, String status) {
        jdbc.sql("update mail_account set status = ? where tenant_id = ? and id = ?")
                .params(status, tenantId, id)
                .update();
    }

    /** The mailbox was handed over: its holder (who may ask for its lifecycle) is now the successor. */
    public void handOver(String tenantId, long id, String name, String nip, String contact) {
        jdbc.sql("update mail_account set holder_name = ?, holder_nip = ?, holder_contact = ? where tenant_id = ? and id = ?")
                .params(name, nip, contact, tenantId, id)
                .update();
    }

    /** The quota Surel last set on the platform, in MB. */
    public void recordQuota(String tenantId, long id, int quotaMb) {
        jdbc.sql("update mail_account set quota_mb = ? where tenant_id = ? and id = ?")
                .params(quotaMb, tenantId, id)
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
