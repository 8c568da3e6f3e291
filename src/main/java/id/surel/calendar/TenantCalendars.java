package id.surel.calendar;

import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each tenant's working calendar: the zone of the tenant, its weekly hours and its holidays. Read from the database
 * on every call (no cache), so an admin's change on one node is seen by all.
 */
@Repository
public class TenantCalendars {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<DayOfWeek, List<String>>> WEEK_JSON = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final CalendarTemplates templates;

    public TenantCalendars(JdbcClient jdbc, Tenants tenants, CalendarTemplates templates) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.templates = templates;
    }

    /** The tenant's calendar; a tenant without stored hours works the ASN week. */
    public WorkingCalendar forTenant(TenantId tenant) {
        WorkingWeek week = jdbc.sql("select week from tenant_calendar where tenant_id = ?")
                .param(tenant.value())
                .query(String.class)
                .optional()
                .map(TenantCalendars::week)
                .orElseGet(() -> templates.week(CalendarTemplates.DEFAULT_WEEK));
        List<Holiday> holidays = jdbc.sql("select * from tenant_holiday where tenant_id = ?")
                .param(tenant.value())
                .query(TenantCalendars::holiday)
                .list();
        return WorkingCalendar.of(tenants.get(tenant).zone(), week, holidays);
    }

    @Transactional
    public void saveWeek(TenantId tenant, WorkingWeek week) {
        jdbc.sql("""
                insert into tenant_calendar (tenant_id, week) values (?, cast(? as jsonb))
                on conflict (tenant_id) do update set week = excluded.week, updated_at = now()
                """)
                .params(tenant.value(), json(week))
                .update();
    }

    /** Adds or replaces (by date) the given holidays in one statement; returns how many rows were written. */
    @Transactional
    public int importHolidays(TenantId tenant, List<Holiday> holidays) {
        if (holidays.isEmpty()) {
            return 0;
        }
        requireOnePerDate(holidays);
        return jdbc.sql("""
                insert into tenant_holiday (tenant_id, date, kind, name, source)
                select ?, h.date, h.kind, h.name, h.source
                from unnest(cast(? as date[]), ?, ?, ?) as h (date, kind, name, source)
                on conflict (tenant_id, date) do update
                    set kind = excluded.kind, name = excluded.name, source = excluded.source
                """)
                .param(tenant.value())
                .param(column(holidays, h -> h.date().toString()))
                .param(column(holidays, h -> h.kind().name()))
                .param(column(holidays, Holiday::name))
                .param(column(holidays, Holiday::source))
                .update();
    }

    /** The tenant's holidays in that calendar year, in date order. */
    public List<Holiday> holidays(TenantId tenant, int year) {
        return jdbc.sql("""
                select * from tenant_holiday where tenant_id = ? and date >= ? and date < ? order by date
                """)
                .params(tenant.value(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(TenantCalendars::holiday)
                .list();
    }

    public boolean removeHoliday(TenantId tenant, LocalDate date) {
        return jdbc.sql("delete from tenant_holiday where tenant_id = ? and date = ?")
                .params(tenant.value(), date)
                .update() > 0;
    }

    /**
     * Seeds a tenant: the week only if it has none, and the holidays of each year for which it has none yet. So an
     * admin's edits survive restarts, while a newly shipped year still arrives. Returns the holidays added.
     */
    @Transactional
    public int seedIfAbsent(TenantId tenant, WorkingWeek week, List<Holiday> holidays) {
        jdbc.sql("insert into tenant_calendar (tenant_id, week) values (?, cast(? as jsonb)) on conflict do nothing")
                .params(tenant.value(), json(week))
                .update();
        Set<Integer> yearsPresent = new HashSet<>(jdbc.sql("""
                select distinct cast(extract(year from date) as int) from tenant_holiday where tenant_id = ?
                """)
                .param(tenant.value())
                .query(Integer.class)
                .list());
        List<Holiday> missing = holidays.stream().filter(h -> !yearsPresent.contains(h.date().getYear())).toList();
        return importHolidays(tenant, missing);
    }

    private static void requireOnePerDate(List<Holiday> holidays) {
        Set<LocalDate> dates = new HashSet<>();
        for (Holiday holiday : holidays) {
            if (!dates.add(holiday.date())) {
                throw new IllegalArgumentException(
                        "dua hari libur pada tanggal yang sama / two holidays on one date: " + holiday.date());
            }
        }
    }

    private static SqlArrayValue column(List<Holiday> holidays, Function<Holiday, String> field) {
        return new SqlArrayValue("text", holidays.stream().map(field).toArray());
    }

    private static String json(WorkingWeek week) {
        return JSON.writeValueAsString(week.asText());
    }

    private static WorkingWeek week(String json) {
        return WorkingWeek.parse(JSON.readValue(json, WEEK_JSON));
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getObject("date", LocalDate.class), rs.getString("name"),
                HolidayKind.valueOf(rs.getString("kind")), rs.getString("source"));
    }
}
