package id.surel.request.bulk;

import id.surel.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of bulk batches and their rows. Rows are written in JDBC batches and provisioning claims them in chunks
 * with {@code FOR UPDATE SKIP LOCKED} and a lease, like the outbox: two nodes never work one row at once, and the rows
 * of a node that died are claimed again once the lease ends. Every read names the tenant.
 */
@Repository
class Batches {

    private static final int INSERT_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Batches(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(Batch b, String reportTokenHash) {
        jdbc.sql("""
                insert into bulk_batch (id, tenant_id, request_id, report_token_hash, file_name, unit_code,
                    contact_email, row_count, valid_count, uploaded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(b.id(), b.tenantId().value(), b.requestId(), reportTokenHash, b.fileName(), b.unitCode(),
                        b.contactEmail(), b.rowCount(), b.validCount(), b.uploadedBy(), Timestamp.from(b.createdAt()))
                .update();
    }

    void insertRows(UUID batchId, TenantId tenant, List<CheckedRow> rows) {
        batch.batchUpdate("""
                insert into bulk_row (batch_id, line, tenant_id, name, nip, position, work_unit, contact_email,
                    owner_key, address, problem, problem_arg, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, INSERT_BATCH, (ps, r) -> {
                    StaffRow s = r.row();
                    ps.setObject(1, batchId);
                    ps.setInt(2, s.line());
                    ps.setString(3, tenant.value());
                    ps.setString(4, clip(s.name()));
                    ps.setString(5, clip(s.nip()));
                    ps.setString(6, clip(s.position()));
                    ps.setString(7, clip(s.workUnit()));
                    ps.setString(8, clip(s.contactEmail()));
                    ps.setString(9, r.ownerKey());
                    ps.setString(10, r.address());
                    ps.setString(11, r.problem());
                    ps.setString(12, clip(r.problemArg()));
                    ps.setString(13, (r.valid() ? RowStatus.PENDING : RowStatus.REFUSED).name());
                });
    }

    Optional<Batch> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from bulk_batch where report_token_hash = ?").param(tokenHash).query(this::map).optional();
    }

    Optional<Batch> findByRequest(TenantId tenant, UUID requestId) {
        return jdbc.sql("select * from bulk_batch where tenant_id = ? and request_id = ?")
                .params(tenant.value(), requestId)
                .query(this::map)
                .optional();
    }

    boolean existsForRequest(TenantId tenant, UUID requestId) {
        return jdbc.sql("select count(*) from bulk_batch where tenant_id = ? and request_id = ?")
                .params(tenant.value(), requestId)
                .query(Integer.class)
                .single() > 0;
    }

    List<BatchRow> rows(TenantId tenant, UUID batchId) {
        return jdbc.sql("select * from bulk_row where tenant_id = ? and batch_id = ? order by line")
                .params(tenant.value(), batchId)
                .query((rs, n) -> new BatchRow(rs.getInt("line"), rs.getString("name"), rs.getString("nip"),
                        rs.getString("position"), rs.getString("work_unit"), rs.getString("contact_email"),
                        rs.getString("address"), rs.getString("problem"), rs.getString("problem_arg"),
                        RowStatus.valueOf(rs.getString("status")), rs.getString("failure")))
                .list();
    }

    BatchProgress progress(TenantId tenant, UUID batchId) {
        return jdbc.sql("""
                select count(*) filter (where status = 'REFUSED'), count(*) filter (where status = 'PENDING'),
                    count(*) filter (where status = 'DONE'), count(*) filter (where status = 'FAILED')
                from bulk_row where tenant_id = ? and batch_id = ?
                """)
                .params(tenant.value(), batchId)
                .query((rs, n) -> new BatchProgress(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    /** Owners waiting in a batch whose request is still open: they must not be asked for again. */
    Set<String> pendingOwners(TenantId tenant, Collection<String> ownerKeys) {
        return Set.copyOf(jdbc.sql("""
                select r.owner_key from bulk_row r join bulk_batch b on b.id = r.batch_id
                    join request q on q.id = b.request_id
                where r.tenant_id = ? and r.status = 'PENDING' and q.status = 'IN_PROGRESS' and r.owner_key = any(?)
                """)
                .params(tenant.value(), ownerKeys.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Addresses waiting in any open batch (addresses are global, like the mail server's). */
    Set<String> pendingAddresses(Collection<String> addresses) {
        return Set.copyOf(jdbc.sql("""
                select r.address from bulk_row r join bulk_batch b on b.id = r.batch_id
                    join request q on q.id = b.request_id
                where r.status = 'PENDING' and q.status = 'IN_PROGRESS' and r.address = any(?)
                """)
                .param(addresses.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Every row of the batch still waiting for its mailbox. */
    List<ClaimedRow> pending(TenantId tenant, UUID batchId) {
        return jdbc.sql("""
                select line, name, contact_email, owner_key, address from bulk_row
                where tenant_id = ? and batch_id = ? and status = 'PENDING' order by line
                """)
                .params(tenant.value(), batchId)
                .query(this::claimed)
                .list();
    }

    /** Claims up to {@code limit} pending rows nobody holds, for {@code lease}. */
    List<ClaimedRow> claim(TenantId tenant, UUID batchId, int limit, Duration lease) {
        return jdbc.sql("""
                update bulk_row set claimed_until = now() + make_interval(secs => :lease)
                where batch_id = :batch and line in (
                    select line from bulk_row
                    where tenant_id = :tenant and batch_id = :batch and status = 'PENDING'
                        and (claimed_until is null or claimed_until < now())
                    order by line limit :limit for update skip locked)
                returning line, name, contact_email, owner_key, address
                """)
                .param("lease", lease.toSeconds())
                .param("batch", batchId)
                .param("tenant", tenant.value())
                .param("limit", limit)
                .query(this::claimed)
                .list();
    }

    void markDone(UUID batchId, Collection<Integer> lines, Instant at) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql("update bulk_row set status = 'DONE', done_at = ?, claimed_until = null where batch_id = ? and line = any(?)")
                .params(Timestamp.from(at), batchId, lines.toArray(Integer[]::new))
                .update();
    }

    /** Rows that could not be provisioned, in one JDBC batch. */
    void markFailed(UUID batchId, List<Failure> failures, Instant at) {
        if (failures.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        batch.batchUpdate("""
                update bulk_row set status = 'FAILED', failure = ?, problem_arg = ?, done_at = ?, claimed_until = null
                where batch_id = ? and line = ?
                """, failures, INSERT_BATCH, (ps, f) -> {
                    ps.setString(1, f.failure());
                    ps.setString(2, clip(f.detail()));
                    ps.setTimestamp(3, when);
                    ps.setObject(4, batchId);
                    ps.setInt(5, f.line());
                });
    }

    void release(UUID batchId, Collection<Integer> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql("update bulk_row set claimed_until = null where batch_id = ? and line = any(?) and status = 'PENDING'")
                .params(batchId, lines.toArray(Integer[]::new))
                .update();
    }

    /** Marks the batch's result as sent to the agency; false when it already was (a repeated job). */
    boolean markResultSent(UUID batchId, Instant at) {
        return jdbc.sql("update bulk_batch set result_sent_at = ? where id = ? and result_sent_at is null")
                .params(Timestamp.from(at), batchId)
                .update() == 1;
    }

    private ClaimedRow claimed(ResultSet rs, int n) throws SQLException {
        return new ClaimedRow(rs.getInt("line"), rs.getString("name"), rs.getString("contact_email"),
                rs.getString("owner_key"), rs.getString("address"));
    }

    private Batch map(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("result_sent_at");
        return new Batch(rs.getObject("id", UUID.class), new TenantId(rs.getString("tenant_id")),
                rs.getObject("request_id", UUID.class), rs.getString("file_name"), rs.getString("unit_code"),
                rs.getString("contact_email"), rs.getInt("row_count"), rs.getInt("valid_count"),
                rs.getString("uploaded_by"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }

    /** Keeps what a hostile file can put into one cell to a size a report can show. */
    private static String clip(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300);
    }

    /** Why a row could not be provisioned: {@code failure} is a message key, {@code detail} its argument. */
    record Failure(int line, String failure, String detail) {
    }

    /** A pending row taken for provisioning. */
    record ClaimedRow(int line, String name, String contactEmail, String ownerKey, String address) {
    }
}
