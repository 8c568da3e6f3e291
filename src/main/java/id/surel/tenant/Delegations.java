package id.surel.tenant;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Time-boxed delegations of SOP actors to staff (an acting official, Plt.), kept as history. */
@Repository
public class Delegations {

    private final JdbcClient jdbc;

    public Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The actors this staff member covers for on {@code day}. */
    public Set<String> actorsCoveredBy(TenantId tenant, String username, LocalDate day) {
        return new TreeSet<>(jdbc.sql("""
                select d.actor_id from delegation d join staff s on s.id = d.delegate_staff_id
                where d.tenant_id = ? and s.username = ? and ? between d.valid_from and d.valid_to
                """)
                .params(tenant.value(), username, Date.valueOf(day))
                .query(String.class)
                .list());
    }

    /**
     * The enabled staff with an e-mail address who act as this actor on {@code day}, holding it or covering for it by
     * delegation (the same rule as {@link #actorsCoveredBy}), and whose notice preference is {@code noticeMode}.
     */
    public long[] staffToNotify(TenantId tenant, String actorId, LocalDate day, String noticeMode) {
        return jdbc.sql("""
                select s.id from staff s
                where s.tenant_id = :tenant and s.enabled and s.email is not null and s.notice_mode = :mode
                  and (exists (select 1 from staff_actor a where a.staff_id = s.id and a.actor_id = :actor)
                       or exists (select 1 from delegation d where d.tenant_id = :tenant and d.delegate_staff_id = s.id
                                  and d.actor_id = :actor and :day between d.valid_from and d.valid_to))
                order by s.id
                """)
                .param("tenant", tenant.value())
                .param("mode", noticeMode)
                .param("actor", actorId)
                .param("day", Date.valueOf(day))
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    public List<Delegation> all(TenantId tenant) {
        return jdbc.sql("""
                select d.id, d.actor_id, s.username, s.full_name, d.valid_from, d.valid_to, d.reason, d.created_by
                from delegation d join staff s on s.id = d.delegate_staff_id
                where d.tenant_id = ? order by d.valid_from desc, d.id desc
                """)
                .param(tenant.value())
                .query((rs, n) -> new Delegation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Records a delegation; the delegate must be staff of the same tenant (else nothing is stored: false). */
    public boolean add(TenantId tenant, String actorId, String delegateUsername, LocalDate from, LocalDate to,
            String reason, String createdBy) {
        return jdbc.sql("""
                insert into delegation (tenant_id, actor_id, delegate_staff_id, valid_from, valid_to, reason, created_by)
                select ?, ?, s.id, ?, ?, ?, ? from staff s where s.tenant_id = ? and s.username = ?
                """)
                .params(tenant.value(), actorId, Date.valueOf(from), Date.valueOf(to), reason, createdBy,
                        tenant.value(), delegateUsername)
                .update() == 1;
    }
}
