package id.surel.report;

import id.surel.calendar.DayPeriod;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of a {@link PeriodReport}, each one set-based query over the report views (V12) of one tenant: PostgreSQL
 * groups, counts and takes the percentiles; Java only carries the rows.
 */
@Repository
public class Reports {

    private final JdbcClient jdbc;

    public Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PeriodReport of(Tenant tenant, DayPeriod period) {
        return new PeriodReport(tenant, period, accounts(tenant.id(), period), requests(tenant.id(), period),
                leadTimes(tenant.id(), period));
    }

    /** Accounts whose mailbox was created in the period, per agency, type, status and month. */
    List<AccountCount> accounts(TenantId tenant, DayPeriod period) {
        return jdbc.sql("""
                select unit_code, unit_name, request_type, status, month, count(*) as accounts
                from report_account
                where tenant_id = :tenant and mailbox_created_at >= :start and mailbox_created_at < :end
                group by unit_code, unit_name, request_type, status, month
                order by month, unit_name, request_type, status
                """)
                .params(scope(tenant, period))
                .query((rs, n) -> new AccountCount(rs.getString("unit_code"), rs.getString("unit_name"),
                        rs.getString("request_type"), rs.getString("status"), YearMonth.parse(rs.getString("month")),
                        rs.getLong("accounts")))
                .list();
    }

    /** Requests submitted in the period, by where they stand now and how they ended. */
    List<RequestCount> requests(TenantId tenant, DayPeriod period) {
        return jdbc.sql("""
                select status, outcome, count(*) as requests
                from report_request
                where tenant_id = :tenant and submitted_at >= :start and submitted_at < :end
                group by status, outcome
                order by array_position(array['IN_PROGRESS', 'APPROVED', 'REJECTED'], status), outcome nulls first
                """)
                .params(scope(tenant, period))
                .query((rs, n) -> new RequestCount(rs.getString("status"), rs.getString("outcome"),
                        rs.getLong("requests")))
                .list();
    }

    /** Lead time of the requests closed in the period, per outcome and then for all of them (the last row). */
    List<LeadTime> leadTimes(TenantId tenant, DayPeriod period) {
        return jdbc.sql("""
                select outcome, count(*) as closed,
                    percentile_cont(0.5) within group (order by lead_seconds) / 3600 as median,
                    percentile_cont(0.9) within group (order by lead_seconds) / 3600 as p90,
                    max(lead_seconds) / 3600 as max,
                    percentile_cont(0.5) within group (order by lead_working_seconds) / 3600 as working_median,
                    percentile_cont(0.9) within group (order by lead_working_seconds) / 3600 as working_p90,
                    max(lead_working_seconds) / 3600 as working_max
                from report_request
                where tenant_id = :tenant and closed_at >= :start and closed_at < :end
                group by grouping sets ((outcome), ())
                order by grouping(outcome), outcome
                """)
                .params(scope(tenant, period))
                .query(this::leadTime)
                .list();
    }

    private LeadTime leadTime(ResultSet rs, int rowNum) throws SQLException {
        return new LeadTime(rs.getString("outcome"), rs.getLong("closed"), hours(rs, "median"), hours(rs, "p90"),
                hours(rs, "max"), hours(rs, "working_median"), hours(rs, "working_p90"), hours(rs, "working_max"));
    }

    private static Double hours(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Map<String, Object> scope(TenantId tenant, DayPeriod period) {
        return Map.of("tenant", tenant.value(), "start", Timestamp.from(period.start()), "end",
                Timestamp.from(period.end()));
    }
}
