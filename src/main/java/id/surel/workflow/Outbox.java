package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: jobs are claimed with {@code FOR UPDATE SKIP LOCKED}, so any number of nodes can work it; a claim
 * expires, so a job whose node died is picked up again (at least once: every action must be idempotent).
 */
@Repository
public class Outbox {

    private final JdbcClient jdbc;

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(TenantId tenant, UUID requestId, String stepId, String action, String requestedBy,
            String requestedByName, String note) {
        jdbc.sql("""
                insert into outbox_job (tenant_id, request_id, step_id, action, requested_by, requested_by_name, note)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(tenant.value(), requestId, stepId, action, requestedBy, requestedByName, note)
                .update();
    }

    /**
     * Queues one e-mail per staff member named (one statement, however many), or one to the applicant when
     * {@code staffIds} is null.
     */
    void enqueueNotice(TenantId tenant, UUID requestId, String stepId, String notice, long[] staffIds) {
        if (staffIds == null) {
            jdbc.sql("""
                    insert into outbox_job (tenant_id, request_id, step_id, action, requested_by, requested_by_name,
                        notice)
                    values (?, ?, ?, 'notice', 'sistem', 'sistem', ?)
                    """)
                    .params(tenant.value(), requestId, stepId, notice)
                    .update();
        } else if (staffIds.length > 0) {
            jdbc.sql("""
                    insert into outbox_job (tenant_id, request_id, step_id, action, requested_by, requested_by_name,
                        notice, recipient_staff_id)
                    select ?, ?::uuid, ?::text, 'notice', 'sistem', 'sistem', ?, unnest(?::bigint[])
                    """)
                    .params(tenant.value(), requestId, stepId, notice, staffIds)
                    .update();
        }
    }

    /** Queues one notice about no single request (a daily digest) to each of these staff members. */
    public void enqueueStaffNotices(TenantId tenant, String notice, long[] staffIds) {
        enqueueNotice(tenant, null, null, notice, staffIds);
    }

    List<OutboxJob> claim(int limit, Duration lease) {
        return jdbc.sql("""
                update outbox_job set status = 'RUNNING', attempts = attempts + 1,
                    locked_until = now() + make_interval(secs => :lease)
                where id in (
                    select id from outbox_job
                    where (status = 'PENDING' and run_after <= now()) or (status = 'RUNNING' and locked_until < now())
                    order by id limit :limit for update skip locked)
                returning id, tenant_id, request_id, step_id, action, requested_by, requested_by_name, note, attempts,
                    notice, recipient_staff_id
                """)
                .param("lease", lease.toSeconds())
                .param("limit", limit)
                .query((rs, n) -> new OutboxJob(rs.getLong(1), new TenantId(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                        rs.getObject(11, Long.class)))
                .list();
    }

    void done(long jobId) {
        jdbc.sql("update outbox_job set status = 'DONE', done_at = now(), locked_until = null, last_error = null where id = ?")
                .param(jobId)
                .update();
    }

    void retryLater(long jobId, Duration delay, String error) {
        jdbc.sql("""
                update outbox_job set status = 'PENDING', locked_until = null, last_error = ?,
                    run_after = now() + make_interval(secs => ?)
                where id = ?
                """)
                .params(error, (double) delay.toMillis() / 1000.0, jobId)
                .update();
    }

    void fail(long jobId, String error) {
        jdbc.sql("update outbox_job set status = 'FAILED', locked_until = null, last_error = ? where id = ?")
                .params(error, jobId)
                .update();
    }

    /** Puts a request's failed jobs back in the queue (an admin pressed "retry"); returns how many. */
    int retryFailed(TenantId tenant, UUID requestId) {
        return jdbc.sql("""
                update outbox_job set status = 'PENDING', attempts = 0, run_after = now(), last_error = null
                where tenant_id = ? and request_id = ? and status = 'FAILED' and notice is null
                """)
                .params(tenant.value(), requestId)
                .update();
    }

    /** Closes a request's failed jobs for good (staff took the step's failure exit); returns how many. */
    int abandonFailed(TenantId tenant, UUID requestId) {
        return jdbc.sql("""
                update outbox_job set status = 'ABANDONED', done_at = now()
                where tenant_id = ? and request_id = ? and status = 'FAILED' and notice is null
                """)
                .params(tenant.value(), requestId)
                .update();
    }

    public long countPending() {
        return jdbc.sql("select count(*) from outbox_job where status in ('PENDING', 'RUNNING')")
                .query(Long.class)
                .single();
    }
}
