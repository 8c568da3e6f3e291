package id.surel.tenant;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts and the SOP actors each may act as. */
@Repository
public class StaffDirectory {

    private final JdbcClient jdbc;

    public StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("select * from staff where username = ?")
                .param(username)
                .query((rs, n) -> new StaffMember(rs.getLong("id"), new TenantId(rs.getString("tenant_id")),
                        rs.getString("username"), rs.getString("password_hash"), rs.getString("full_name"),
                        actorsOf(rs.getLong("id")), rs.getBoolean("enabled"), rs.getBoolean("admin")))
                .optional();
    }

    /** Every staff account of the tenant with its own actors (not delegations). */
    public List<StaffMember> all(TenantId tenant) {
        return jdbc.sql("select * from staff where tenant_id = ? order by username")
                .param(tenant.value())
                .query((rs, n) -> new StaffMember(rs.getLong("id"), new TenantId(rs.getString("tenant_id")),
                        rs.getString("username"), rs.getString("password_hash"), rs.getString("full_name"),
                        actorsOf(rs.getLong("id")), rs.getBoolean("enabled"), rs.getBoolean("admin")))
                .list();
    }

    public List<String> usernamesActingAs(TenantId tenant, String actorId) {
        return jdbc.sql("""
                select s.username from staff s join staff_actor a on a.staff_id = s.id
                where s.tenant_id = ? and a.actor_id = ? and s.enabled order by s.username
                """)
                .params(tenant.value(), actorId)
                .query(String.class)
                .list();
    }

    /** The e-mail addresses of the enabled staff who may act as this actor. */
    public List<String> emailsActingAs(TenantId tenant, String actorId) {
        return jdbc.sql("""
                select s.email from staff s join staff_actor a on a.staff_id = s.id
                where s.tenant_id = ? and a.actor_id = ? and s.enabled and s.email is not null order by s.email
                """)
                .params(tenant.value(), actorId)
                .query(String.class)
                .list();
    }

    /** The NIP of a staff member of this tenant, as 18 digits, if recorded. */
    public Optional<String> nip(TenantId tenant, String username) {
        return jdbc.sql("select nip from staff where tenant_id = ? and username = ? and nip is not null")
                .params(tenant.value(), username)
                .query(String.class)
                .optional();
    }

    /** Records the NIP printed under the staff member's name when they sign a letter (spaces dropped); null removes it. */
    public void setNip(TenantId tenant, String username, String nip) {
        jdbc.sql("update staff set nip = ? where tenant_id = ? and username = ?")
                .params(nip == null ? null : nip.replace(" ", ""), tenant.value(), username)
                .update();
    }

    /** Creates the account if the username is free; an existing account is left as it is. */
    @Transactional
    public void createIfAbsent(TenantId tenant, String username, String passwordHash, String fullName, String email,
            Set<String> actorIds, boolean admin) {
        Optional<Long> id = jdbc.sql("""
                insert into staff (tenant_id, username, password_hash, full_name, email, admin) values (?, ?, ?, ?, ?, ?)
                on conflict (username) do nothing returning id
                """)
                .params(tenant.value(), username, passwordHash, fullName, email, admin)
                .query(Long.class)
                .optional();
        id.ifPresent(staffId -> actorIds.forEach(actor -> jdbc
                .sql("insert into staff_actor (staff_id, actor_id) values (?, ?)")
                .params(staffId, actor)
                .update()));
    }

    private Set<String> actorsOf(long staffId) {
        return new HashSet<>(jdbc.sql("select actor_id from staff_actor where staff_id = ?")
                .param(staffId)
                .query(String.class)
                .list());
    }
}
