package id.surel.lifecycle;

import id.surel.sop.SopService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored {@link AccountChange} of each lifecycle request, always read within its tenant. */
@Repository
class AccountChanges {

    private final JdbcClient jdbc;

    AccountChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountChange c) {
        AccountChange.Successor s = c.successor();
        jdbc.sql("""
                insert into account_change (request_id, tenant_id, mail_account_id, service, quota_mb, close_mode,
                    successor_name, successor_nip, successor_contact)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(c.requestId(), c.tenantId(), c.mailAccountId(), c.service().code(), c.quotaMb(),
                        c.closeMode() == null ? null : c.closeMode().code(), s == null ? null : s.name(),
                        s == null ? null : s.nip(), s == null ? null : s.contact())
                .update();
    }

    Optional<AccountChange> forRequest(String tenantId, UUID requestId) {
        return jdbc.sql("select * from account_change where tenant_id = ? and request_id = ?")
                .params(tenantId, requestId)
                .query(AccountChanges::map)
                .optional();
    }

    void markApplied(String tenantId, UUID requestId, Instant at) {
        jdbc.sql("update account_change set applied_at = ? where tenant_id = ? and request_id = ?")
                .params(Timestamp.from(at), tenantId, requestId)
                .update();
    }

    private static AccountChange map(ResultSet rs, int n) throws SQLException {
        String name = rs.getString("successor_name");
        Timestamp applied = rs.getTimestamp("applied_at");
        String mode = rs.getString("close_mode");
        return new AccountChange(rs.getObject("request_id", UUID.class), rs.getString("tenant_id"),
                rs.getLong("mail_account_id"), SopService.of(rs.getString("service")),
                (Integer) rs.getObject("quota_mb"), mode == null ? null : CloseMode.fromCode(mode).orElseThrow(),
                name == null ? null : new AccountChange.Successor(name, rs.getString("successor_nip"),
                        rs.getString("successor_contact")),
                applied == null ? null : applied.toInstant());
    }
}
