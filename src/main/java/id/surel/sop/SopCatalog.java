package id.surel.sop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned SOP definitions of every tenant. A stored version never changes, so parsed definitions are cached by
 * id; that cache is safe with several nodes because it only ever holds immutable rows.
 */
@Service
public class SopCatalog {

    /** Where shipped definitions live on the classpath; their source names start with it, uploads' do not. */
    public static final String SEED_FOLDER = "sop/";

    private final JdbcClient jdbc;
    private final SopDefinitionReader reader;
    private final Map<Long, StoredDefinition> parsed = new ConcurrentHashMap<>();

    public SopCatalog(JdbcClient jdbc, SopDefinitionReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /**
     * Validates and stores a definition version for a tenant and makes it the active one of its service. Loading the same text again
     * is a no-op; a different text under an existing version number is refused, since running requests use it.
     */
    @Transactional
    public StoredDefinition register(String tenantId, String sourceName, String yaml) {
        long id = store(tenantId, sourceName, yaml);
        activate(tenantId, id);
        return byId(tenantId, id);
    }

    /**
     * Stores a shipped (seed) definition and activates it if the tenant has no active version of its service yet, or
     * if the active one is an older shipped version of the same SOP (a release brought a new version file); a version
     * an admin uploaded and activated is never undone by a restart. Returns the service's active version.
     */
    @Transactional
    public StoredDefinition registerSeed(String tenantId, String sourceName, String yaml) {
        long id = store(tenantId, sourceName, yaml);
        SopService service = byId(tenantId, id).definition().service();
        Optional<Long> active = activeId(tenantId, service);
        if (active.isEmpty() || supersedes(byId(tenantId, id), byId(tenantId, active.get()))) {
            activate(tenantId, id);
        }
        return active(tenantId, service).orElseThrow();
    }

    private static boolean supersedes(StoredDefinition seed, StoredDefinition active) {
        return active.sourceName().startsWith(SEED_FOLDER) && active.definition().key().equals(seed.definition().key())
                && active.definition().version() < seed.definition().version();
    }

    /** Validates and stores an uploaded version without activating it, so an admin can check it first. */
    @Transactional
    public StoredDefinition storeVersion(String tenantId, String sourceName, String yaml) {
        return byId(tenantId, store(tenantId, sourceName, yaml));
    }

    /**
     * Makes a stored version the one new requests of its service start on; the service's previous active version is
     * deactivated, other services' stay as they are. Running requests keep theirs.
     */
    @Transactional
    public StoredDefinition activateVersion(String tenantId, long id) {
        StoredDefinition stored = version(tenantId, id);
        activate(tenantId, id);
        return stored;
    }

    /** A stored version of this tenant, or {@link DefinitionNotFoundException}. */
    public StoredDefinition version(String tenantId, long id) {
        boolean exists = jdbc.sql("select count(*) from sop_definition where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(Long.class)
                .single() == 1;
        if (!exists) {
            throw new DefinitionNotFoundException();
        }
        return byId(tenantId, id);
    }

    public List<DefinitionVersion> versions(String tenantId) {
        return jdbc.sql("""
                select id, sop_key, version, source_name, loaded_at, active, service from sop_definition
                where tenant_id = ? order by service = 'new-account' desc, service, sop_key, version desc
                """)
                .param(tenantId)
                .query((rs, n) -> new DefinitionVersion(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6), SopService.of(rs.getString(7))))
                .list();
    }

    private long store(String tenantId, String sourceName, String yaml) {
        SopDefinition definition = reader.read(sourceName, yaml);
        String sha = sha256(yaml);
        Optional<Row> existing = jdbc.sql("""
                select id, content_sha256 from sop_definition where tenant_id = ? and sop_key = ? and version = ?
                """)
                .params(tenantId, definition.key(), definition.version())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("content_sha256")))
                .optional();
        if (existing.isPresent()) {
            if (!existing.get().sha().equals(sha)) {
                throw new DefinitionInvalidException(List.of(new DefinitionProblem(sourceName, null,
                        "versi " + definition.version() + " sudah tersimpan dengan isi lain; naikkan nomor versi",
                        "version " + definition.version() + " is already stored with other content; raise the version")));
            }
            return existing.get().id();
        }
        return jdbc.sql("""
                insert into sop_definition (tenant_id, sop_key, version, source_name, content, content_sha256, service)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(tenantId, definition.key(), definition.version(), sourceName, yaml, sha,
                        definition.service().code())
                .query(Long.class)
                .single();
    }

    private void activate(String tenantId, long id) {
        jdbc.sql("""
                update sop_definition set active = false where tenant_id = ? and active and id <> ?
                    and service = (select service from sop_definition where tenant_id = ? and id = ?)
                """)
                .params(tenantId, id, tenantId, id)
                .update();
        jdbc.sql("update sop_definition set active = true where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    /** The active definition of the tenant's new-account SOP: the one its request form and most pages speak of. */
    public StoredDefinition active(String tenantId) {
        return active(tenantId, SopService.NEW_ACCOUNT)
                .orElseThrow(() -> new IllegalStateException("Tenant " + tenantId + " has no active SOP definition"));
    }

    /** The active definition of one service, or empty when the tenant does not offer it. */
    public Optional<StoredDefinition> active(String tenantId, SopService service) {
        return activeId(tenantId, service).map(id -> byId(tenantId, id));
    }

    /** Every active definition of the tenant, new-account first, then the lifecycle services in their order. */
    public List<StoredDefinition> activeDefinitions(String tenantId) {
        return jdbc.sql("select id from sop_definition where tenant_id = ? and active")
                .param(tenantId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> byId(tenantId, id))
                .sorted(java.util.Comparator.comparing(d -> d.definition().service()))
                .toList();
    }

    /**
     * The staff actors (roles) of all the tenant's active definitions, each id once, in the order of the definitions:
     * what staff accounts may be given, since a lifecycle SOP may name a role the new-account SOP does not.
     */
    public List<Actor> activeStaffActors(String tenantId) {
        Map<String, Actor> byId = new java.util.LinkedHashMap<>();
        activeDefinitions(tenantId).forEach(d -> d.definition().actors().stream().filter(a -> !a.applicant())
                .forEach(a -> byId.putIfAbsent(a.id(), a)));
        return List.copyOf(byId.values());
    }

    /** The lifecycle services the tenant offers: those with an active definition. */
    public List<SopService> activeServices(String tenantId) {
        return activeDefinitions(tenantId).stream().map(d -> d.definition().service())
                .filter(SopService::lifecycle).toList();
    }

    private Optional<Long> activeId(String tenantId, SopService service) {
        return jdbc.sql("select id from sop_definition where tenant_id = ? and service = ? and active")
                .params(tenantId, service.code())
                .query(Long.class)
                .optional();
    }

    /** A stored version by id, only within its own tenant. */
    public StoredDefinition byId(String tenantId, long id) {
        StoredDefinition cached = parsed.computeIfAbsent(id, this::load);
        if (!cached.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("Definition " + id + " does not belong to " + tenantId);
        }
        return cached;
    }

    private StoredDefinition load(long id) {
        return jdbc.sql("select tenant_id, source_name, content from sop_definition where id = ?")
                .param(id)
                .query((rs, n) -> new StoredDefinition(id, rs.getString("tenant_id"), rs.getString("source_name"),
                        reader.read(rs.getString("source_name"), rs.getString("content"))))
                .single();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(long id, String sha) {
    }
}
