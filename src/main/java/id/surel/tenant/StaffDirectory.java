package id.surel.tenant;

import java.sql.ResultSet;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

    public Optional<StaffMember> findById(TenantId tenant, long id) {
        return jdbc.sql("select * from staff where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(this::map)
                .optional();
    }

    /** How the staff member wants to hear that a request waits on them: IMMEDIATE, DIGEST or NONE. */
    public String noticeMode(TenantId tenant, String username) {
        return jdbc.sql("select notice_mode from staff where tenant_id = ? and username = ?")
                .params(tenant.value(), username)
                .query(String.class)
                .optional()
                .orElse("IMMEDIATE");
    }

    public boolean setNoticeMode(TenantId tenant, String username, String mode) {
        return jdbc.sql("update staff set notice_mode = ? where tenant_id = ? and username = ?")
                .params(mode, tenant.value(), username)
                .update() == 1;
    }

    /**
     * Marks today's digest as due for every enabled staff member of the tenant with an e-mail address who wants one and
     * has not had it yet on {@code day}; returns their ids. One statement: a second node or a rerun finds none.
     */
    public long[] claimDigests(TenantId tenant, LocalDate day) {
        return jdbc.sql("""
                update staff set last_digest_on = ?
                where tenant_id = ? and notice_mode = 'DIGEST' and enabled and email is not null
                  and exists (select 1 from tenant t where t.id = staff.tenant_id and t.active)
                  and (last_digest_on is null or last_digest_on < ?)
                returning id
                """)
                .params(Date.valueOf(day), tenant.value(), Date.valueOf(day))
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The active tenants with a staff member who wants a digest and has not had one on their local today. */
    public List<TenantId> tenantsAwaitingDigest(Instant now) {
        return jdbc.sql("""
                select distinct s.tenant_id from staff s join tenant t on t.id = s.tenant_id
                where s.notice_mode = 'DIGEST' and s.enabled and s.email is not null and t.active
                  and (s.last_digest_on is null or s.last_digest_on < (?::timestamptz at time zone t.zone_id)::date)
                order by s.tenant_id
                """)
                .param(Timestamp.from(now))
                .query((rs, n) -> new TenantId(rs.getString(1)))
                .list();
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
