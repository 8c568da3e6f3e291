package id.surel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit trail. A row is appended in the caller's transaction (so it exists exactly when the change
 * does), under a transaction-scoped advisory lock that orders appends across nodes. Never pass a secret in here.
 */
@Service
public class AuditLog {

    private static final long CHAIN_LOCK = 0x5375_7265_6c41_7564L; // "SurelAud"
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one row; {@code tenantId} null for events outside any tenant (e.g. a failed login). */
    @Transactional
    public void record(String tenantId, String actor, String action, String subject, String details) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 0).list();
        Optional<AuditEntry> last = jdbc.sql("select * from audit_log order by position desc limit 1")
                .query(this::map)
                .optional();
        long position = last.map(e -> e.position() + 1).orElse(1L);
        String prev = last.map(AuditEntry::hash).orElse(AuditHash.GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(prev, position, at, tenantId, actor, action, subject, details);
        jdbc.sql("""
                insert into audit_log (position, at, tenant_id, actor, action, subject, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(position, Timestamp.from(at), tenantId, actor, action, subject, details, prev, hash)
                .update();
    }

    /** Walks the whole chain in order; names the first row that was edited, or the first gap left by a deletion. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long expected = 1;
        String prev = AuditHash.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_log where position >= ? order by position limit ?")
                    .params(expected, BATCH)
                    .query(this::map)
                    .list();
            for (AuditEntry e : batch) {
                if (e.position() != expected) {
                    return AuditVerification.broken(checked, expected,
                            "baris " + expected + " hilang / row " + expected + " is missing");
                }
                if (!e.prevHash().equals(prev)) {
                    return AuditVerification.broken(checked, e.position(),
                            "rantai terputus sebelum baris ini / chain broken before this row");
                }
                String recomputed = AuditHash.of(e.prevHash(), e.position(), e.at(), e.tenantId(), e.actor(),
                        e.action(), e.subject(), e.details());
                if (!recomputed.equals(e.hash())) {
                    return AuditVerification.broken(checked, e.position(),
                            "isi baris ini diubah / this row was edited");
                }
                prev = e.hash();
                expected++;
                checked++;
            }
            if (batch.size() < BATCH) {
                return AuditVerification.ok(checked);
            }
        }
    }

    /** The newest rows of one tenant, optionally only those whose action, actor or subject contains {@code text}. */
    public List<AuditEntry> search(String tenantId, String text, int limit) {
        String like = text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase() + "%";
        return jdbc.sql("""
                select * from audit_log where tenant_id = ?
                    and (lower(action) like ? or lower(actor) like ? or lower(coalesce(subject, '')) like ?)
                order by position desc limit ?
                """)
                .params(tenantId, like, like, like, limit)
                .query(this::map)
                .list();
    }

    private AuditEntry map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("position"), rs.getTimestamp("at").toInstant(), rs.getString("tenant_id"),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
