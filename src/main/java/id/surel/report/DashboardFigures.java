package id.surel.report;

import id.surel.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the heads-of-office dashboard, one set-based query each over the report views of one tenant. */
@Repository
class DashboardFigures {

    /** Requests now waiting on one actor; {@code actorId} is null for those waiting on a system action. */
    record Waiting(String actorId, long requests) {
    }

    /** A running step past its deadline. */
    record LateStep(UUID requestId, String trackingNumber, long definitionId, String stepId, String actorId,
            Instant dueAt) {
    }

    /** Accounts created in one month. */
    record MonthCount(YearMonth month, long accounts) {
    }

    /** Requests submitted at one status. */
    record StatusCount(String status, long requests) {
    }

    private final JdbcClient jdbc;

    DashboardFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusCount> submitted(TenantId tenant, Instant start, Instant end) {
        return jdbc.sql("""
                select status, count(*) as requests from report_request
                where tenant_id = ? and submitted_at >= ? and submitted_at < ?
                group by status
                """)
                .params(tenant.value(), Timestamp.from(start), Timestamp.from(end))
                .query((rs, n) -> new StatusCount(rs.getString("status"), rs.getLong("requests")))
                .list();
    }

    List<Waiting> waiting(TenantId tenant) {
        return jdbc.sql("""
                select case when awaiting_action then null else current_actor end as actor, count(*) as requests
                from report_request
                where tenant_id = ? and status = 'IN_PROGRESS'
                group by 1
                """)
                .param(tenant.value())
                .query((rs, n) -> new Waiting(rs.getString("actor"), rs.getLong("requests")))
                .list();
    }

    List<LateStep> lateNow(TenantId tenant) {
        return jdbc.sql("""
                select id, tracking_number, definition_id, current_step, current_actor, step_due_at
                from report_request
                where tenant_id = ? and status = 'IN_PROGRESS' and step_late_at is not null
                order by step_due_at, tracking_number
                """)
                .param(tenant.value())
                .query((rs, n) -> new LateStep(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                        rs.getLong("definition_id"), rs.getString("current_step"), rs.getString("current_actor"),
                        rs.getTimestamp("step_due_at").toInstant()))
                .list();
    }

    List<MonthCount> accountsByMonth(TenantId tenant, Instant start, Instant end) {
        return jdbc.sql("""
                select month, count(*) as accounts from report_account
                where tenant_id = ? and mailbox_created_at >= ? and mailbox_created_at < ?
                group by month
                """)
                .params(tenant.value(), Timestamp.from(start), Timestamp.from(end))
                .query((rs, n) -> new MonthCount(YearMonth.parse(rs.getString("month")), rs.getLong("accounts")))
                .list();
    }
}
