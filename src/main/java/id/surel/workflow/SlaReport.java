package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Service-level figures of one tenant over a period, computed by PostgreSQL from the step history: compliance per
 * step and per actor, median and 90th percentile working time, and the late list.
 */
@Repository
public class SlaReport {

    private final JdbcClient jdbc;

    public SlaReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures for the steps done in [from, to) that had a time standard, grouped by step or by actor. */
    public record Row(String key, long done, long met, long late, double medianMinutes, double p90Minutes) {

        public double compliancePercent() {
            return done == 0 ? 0 : 100.0 * met / done;
        }
    }

    /** A step that was or is late. {@code completedAt} is null while it is still running. */
    public record LateStep(UUID requestId, String trackingNumber, String stepId, String actorId, Instant dueAt,
            Instant completedAt) {
    }

    public List<Row> bySteps(TenantId tenant, Instant from, Instant to) {
        return grouped("step_id", tenant, from, to);
    }

    public List<Row> byActors(TenantId tenant, Instant from, Instant to) {
        return grouped("actor_id", tenant, from, to);
    }

    private List<Row> grouped(String column, TenantId tenant, Instant from, Instant to) {
        return jdbc.sql("select " + column + " as key, count(*) as done,"
                        + " count(*) filter (where met_standard) as met,"
                        + " count(*) filter (where not met_standard) as late,"
                        + " percentile_cont(0.5) within group (order by working_seconds) / 60.0 as median,"
                        + " percentile_cont(0.9) within group (order by working_seconds) / 60.0 as p90"
                        + " from request_step where tenant_id = ? and completed_at >= ? and completed_at < ?"
                        + " and met_standard is not null group by " + column + " order by " + column)
                .params(tenant.value(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Row(rs.getString("key"), rs.getLong("done"), rs.getLong("met"),
                        rs.getLong("late"), rs.getDouble("median"), rs.getDouble("p90")))
                .list();
    }

    /** Steps completed late in the period, and running steps that are late now. */
    public List<LateStep> late(TenantId tenant, Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                select r.id, r.tracking_number, s.step_id, s.actor_id, s.due_at, s.completed_at
                from request_step s join request r on r.id = s.request_id and r.tenant_id = s.tenant_id
                where s.tenant_id = :tenant and s.completed_at >= :from and s.completed_at < :to
                    and s.met_standard = false
                union all
                select r.id, r.tracking_number, r.current_step, r.current_actor, r.step_due_at, null
                from request r
                where r.tenant_id = :tenant and r.status = 'IN_PROGRESS' and r.step_due_at <= :now
                order by 5
                """)
                .param("tenant", tenant.value())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new LateStep(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }
}
