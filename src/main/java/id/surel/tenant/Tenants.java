package id.surel.tenant;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The governments Surel serves and their agencies. */
@Repository
public class Tenants {

    private final JdbcClient jdbc;

    public Tenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tenant> all() {
        return jdbc.sql("select * from tenant order by name").query(this::map).list();
    }

    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("select * from tenant where id = ?").param(id.value()).query(this::map).optional();
    }

    public Tenant get(TenantId id) {
        return find(id).orElseThrow(() -> new UnknownTenantException(id.value()));
    }

    public List<Unit> units(TenantId id) {
        return jdbc.sql("select code, name from unit where tenant_id = ? order by name")
                .param(id.value())
                .query((rs, n) -> new Unit(rs.getString("code"), rs.getString("name")))
                .list();
    }

    public Optional<Unit> unit(TenantId id, String code) {
        return jdbc.sql("select code, name from unit where tenant_id = ? and code = ?")
                .param(id.value())
                .param(code)
                .query((rs, n) -> new Unit(rs.getString("code"), rs.getString("name")))
                .optional();
    }

    /** Inserts or updates a tenant and its units (seed data); units are only added or renamed, never dropped. */
    @Transactional
    public void save(Tenant tenant, List<Unit> units) {
        jdbc.sql("""
                insert into tenant (id, code, name, domain, zone_id, sop_key) values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set code = excluded.code, name = excluded.name,
                    domain = excluded.domain, zone_id = excluded.zone_id, sop_key = excluded.sop_key
                """)
                .params(tenant.id().value(), tenant.code(), tenant.name(), tenant.domain(), tenant.zone().getId(),
                        tenant.sopKey())
                .update();
        for (Unit unit : units) {
            jdbc.sql("""
                    insert into unit (tenant_id, code, name) values (?, ?, ?)
                    on conflict (tenant_id, code) do update set name = excluded.name
                    """)
                    .params(tenant.id().value(), unit.code(), unit.name())
                    .update();
        }
    }

    /** Creates a tenant; false (nothing stored) if the id, code or domain is already used. */
    public boolean create(Tenant tenant) {
        return jdbc.sql("""
                insert into tenant (id, code, name, domain, zone_id, sop_key) values (?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """)
                .params(tenant.id().value(), tenant.code(), tenant.name(), tenant.domain(), tenant.zone().getId(),
                        tenant.sopKey())
                .update() == 1;
    }

    /** The ids of the tenants switched off by an operator: their staff cannot log in. */
    public Set<String> inactiveIds() {
        return new TreeSet<>(jdbc.sql("select id from tenant where not active").query(String.class).list());
    }

    /** Whether the tenant exists and is deactivated (one primary-key lookup: asked on every staff click). */
    public boolean isInactive(TenantId id) {
        return jdbc.sql("select not active from tenant where id = ?").param(id.value()).query(Boolean.class).optional()
                .orElse(false);
    }

    public boolean setActive(TenantId id, boolean active) {
        return jdbc.sql("update tenant set active = ? where id = ?").params(active, id.value()).update() == 1;
    }

    /** The tenant's letterhead and numbering settings; {@link LetterSettings#NONE} for an unknown tenant. */
    public LetterSettings letterSettings(TenantId id) {
        return jdbc.sql("select letter_number, letter_office, letter_place, letter_logo from tenant where id = ?")
                .param(id.value())
                .query((rs, n) -> new LetterSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional()
                .orElse(LetterSettings.NONE);
    }

    /** Fills the letter settings the tenant has not set yet (seed data); a value set since is kept. */
    public void seedLetterSettings(TenantId id, LetterSettings settings) {
        jdbc.sql("""
                update tenant set letter_number = coalesce(letter_number, ?), letter_office = coalesce(letter_office, ?),
                    letter_place = coalesce(letter_place, ?), letter_logo = coalesce(letter_logo, ?)
                where id = ?
                """)
                .params(settings.numberPattern(), settings.office(), settings.place(), settings.logo(), id.value())
                .update();
    }

    /** Next value of a named per-tenant counter, atomic across nodes (one row lock, no gaps in one transaction). */
    public long nextCounter(TenantId id, String name) {
        return jdbc.sql("""
                insert into tenant_counter (tenant_id, name, value) values (?, ?, 1)
                on conflict (tenant_id, name) do update set value = tenant_counter.value + 1
                returning value
                """)
                .params(id.value(), name)
                .query(Long.class)
                .single();
    }

    private Tenant map(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Tenant(new TenantId(rs.getString("id")), rs.getString("code"), rs.getString("name"),
                rs.getString("domain"), ZoneId.of(rs.getString("zone_id")), rs.getString("sop_key"));
    }
}
