package id.surel.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    /** The account, of any active tenant: for login only; everything else goes through {@link #find(TenantId, String)}. */
    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("select s.* from staff s join tenant t on t.id = s.tenant_id where s.username = ? and t.active")
                .param(username)
                .query(this::map)
                .optional();
    }

    /** Every staff account of the tenant with its own actors (not delegations). */
    public List<StaffMember> all(TenantId tenant) {
        return jdbc.sql("select * from staff where tenant_id = ? order by username")
                .param(tenant.value())
                .query(this::map)
                .list();
    }

    public Optional<StaffMember> find(TenantId tenant, String username) {
        return jdbc.sql("select * from staff where tenant_id = ? and username = ?")
                .params(tenant.value(), username)
                .query(this::map)
                .optional();
    }

    /** Creates an account; false (nothing stored) if the username is taken. */
    @Transactional
    public boolean create(TenantId tenant, String username, String passwordHash, String fullName, String email,
            Set<String> actorIds, boolean admin, boolean mustChangePassword) {
        Optional<Long> id = jdbc.sql("""
                insert into staff (tenant_id, username, password_hash, full_name, email, admin, must_change_password)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (username) do nothing returning id
                """)
                .params(tenant.value(), username, passwordHash, fullName, email, admin, mustChangePassword)
                .query(Long.class)
                .optional();
        id.ifPresent(staffId -> insertActors(staffId, actorIds));
        return id.isPresent();
    }

    /** Changes name, e-mail, admin right and the actors held; false if the account is not this tenant's. */
    @Transactional
    public boolean update(TenantId tenant, String username, String fullName, String email, Set<String> actorIds,
            boolean admin) {
        Optional<Long> id = jdbc.sql("""
                update staff set full_name = ?, email = ?, admin = ? where tenant_id = ? and username = ? returning id
                """)
                .params(fullName, email, admin, tenant.value(), username)
                .query(Long.class)
                .optional();
        id.ifPresent(staffId -> {
            jdbc.sql("delete from staff_actor where staff_id = ?").param(staffId).update();
            insertActors(staffId, actorIds);
        });
        return id.isPresent();
    }

    public boolean setEnabled(TenantId tenant, String username, boolean enabled) {
        return jdbc.sql("update staff set enabled = ? where tenant_id = ? and username = ?")
                .params(enabled, tenant.value(), username)
                .update() == 1;
    }

    /** Stores a new password hash; {@code mustChange} when someone other than the owner chose it. */
    public boolean setPassword(TenantId tenant, String username, String passwordHash, boolean mustChange,
            Instant at) {
        return jdbc.sql("""
                update staff set password_hash = ?, must_change_password = ?, password_changed_at = ?
                where tenant_id = ? and username = ?
                """)
                .params(passwordHash, mustChange, Timestamp.from(at), tenant.value(), username)
                .update() == 1;
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
        id.ifPresent(staffId -> insertActors(staffId, actorIds));
    }

    private void insertActors(long staffId, Set<String> actorIds) {
        actorIds.forEach(actor -> jdbc.sql("insert into staff_actor (staff_id, actor_id) values (?, ?)")
                .params(staffId, actor)
                .update());
    }

    private StaffMember map(ResultSet rs, int rowNum) throws SQLException {
        return new StaffMember(rs.getLong("id"), new TenantId(rs.getString("tenant_id")), rs.getString("username"),
                rs.getString("password_hash"), rs.getString("full_name"), rs.getString("email"),
                actorsOf(rs.getLong("id")), rs.getBoolean("enabled"), rs.getBoolean("admin"),
                rs.getBoolean("must_change_password"), rs.getBoolean("totp_enabled"));
    }

    private Set<String> actorsOf(long staffId) {
        return new HashSet<>(jdbc.sql("select actor_id from staff_actor where staff_id = ?")
                .param(staffId)
                .query(String.class)
                .list());
    }
}
