package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of requests, their letters and their history. Every read and write names the tenant. */
@Repository
public class Requests {

    private static final String COLUMNS = """
            id, tenant_id, tracking_number, definition_id, request_type, applicant_name, applicant_nip, unit_code,
            account_name, contact_email, proposed_address, owner_key, status, outcome, current_step, current_actor,
            step_started_at, awaiting_action, action_error, version, submitted_at, closed_at
            """;

    private final JdbcClient jdbc;

    public Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RequestRecord r, String tokenHash) {
        jdbc.sql("insert into request (" + COLUMNS + ", tracking_token_hash) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.tenantId().value(), r.trackingNumber(), r.definitionId(), r.type().name(),
                        r.applicantName(), r.applicantNip(), r.unitCode(), r.accountName(), r.contactEmail(),
                        r.proposedAddress(), r.ownerKey(), r.status().name(), r.outcome(), r.currentStep(),
                        r.currentActor(), ts(r.stepStartedAt()), r.awaitingAction(), r.actionError(), r.version(),
                        ts(r.submittedAt()), ts(r.closedAt()), tokenHash)
                .update();
    }

    void insertLetter(UUID requestId, TenantId tenant, Letter letter, String sha256) {
        jdbc.sql("""
                insert into request_letter (request_id, tenant_id, file_name, content_type, content, sha256)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(requestId, tenant.value(), letter.fileName(), letter.contentType(), letter.content(), sha256)
                .update();
    }

    public Optional<Letter> letter(TenantId tenant, UUID requestId) {
        return jdbc.sql("select file_name, content_type, content from request_letter where tenant_id = ? and request_id = ?")
                .params(tenant.value(), requestId)
                .query((rs, n) -> new Letter(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    public Optional<RequestRecord> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(this::map)
                .optional();
    }

    public Optional<RequestRecord> findByTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from request where tracking_token_hash = ?")
                .param(tokenHash)
                .query(this::map)
                .optional();
    }

    public Optional<RequestRecord> findByTrackingNumber(TenantId tenant, String trackingNumber) {
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = ? and tracking_number = ?")
                .params(tenant.value(), trackingNumber)
                .query(this::map)
                .optional();
    }

    /** The open requests waiting for a person holding one of these actors, oldest step first. */
    public List<RequestRecord> waitingFor(TenantId tenant, Collection<String> actorIds, int limit) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = :tenant and status = 'IN_PROGRESS'"
                        + " and current_actor in (:actors) order by step_started_at limit :limit")
                .param("tenant", tenant.value())
                .param("actors", actorIds)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public List<RequestRecord> latest(TenantId tenant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = ? order by submitted_at desc limit ?")
                .params(tenant.value(), limit)
                .query(this::map)
                .list();
    }

    /** Moves the request if nobody else did since {@code expectedVersion}; false means someone was first. */
    boolean move(TenantId tenant, UUID id, int expectedVersion, String step, String actor, Instant startedAt,
            boolean awaitingAction, RequestStatus status, String outcome, Instant closedAt) {
        return jdbc.sql("""
                update request set current_step = ?, current_actor = ?, step_started_at = ?, awaiting_action = ?,
                    status = ?, outcome = ?, closed_at = ?, action_error = null, version = version + 1
                where tenant_id = ? and id = ? and version = ?
                """)
                .params(step, actor, ts(startedAt), awaitingAction, status.name(), outcome, ts(closedAt),
                        tenant.value(), id, expectedVersion)
                .update() == 1;
    }

    void recordActionError(TenantId tenant, UUID id, String error) {
        jdbc.sql("update request set action_error = ? where tenant_id = ? and id = ?")
                .params(error, tenant.value(), id)
                .update();
    }

    void clearActionError(TenantId tenant, UUID id) {
        recordActionError(tenant, id, null);
    }

    void insertHistory(TenantId tenant, UUID requestId, HistoryEntry e) {
        jdbc.sql("""
                insert into request_step (tenant_id, request_id, step_id, actor_id, started_at, completed_at,
                    completed_by, completed_by_name, branch_id, branch_label, note, elapsed_seconds, standard_seconds)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(tenant.value(), requestId, e.stepId(), e.actorId(), ts(e.startedAt()), ts(e.completedAt()),
                        e.completedBy(), e.completedByName(), e.branchId(), e.branchLabel(), e.note(),
                        e.elapsedSeconds(), e.standardSeconds())
                .update();
    }

    public List<HistoryEntry> history(TenantId tenant, UUID requestId) {
        return jdbc.sql("""
                select step_id, actor_id, started_at, completed_at, completed_by, completed_by_name, branch_id,
                    branch_label, note, elapsed_seconds, standard_seconds
                from request_step where tenant_id = ? and request_id = ? order by id
                """)
                .params(tenant.value(), requestId)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), (Long) rs.getObject(11)))
                .list();
    }

    private RequestRecord map(ResultSet rs, int rowNum) throws SQLException {
        return new RequestRecord(rs.getObject("id", UUID.class), new TenantId(rs.getString("tenant_id")),
                rs.getString("tracking_number"), rs.getLong("definition_id"),
                RequestType.valueOf(rs.getString("request_type")), rs.getString("applicant_name"),
                rs.getString("applicant_nip"), rs.getString("unit_code"), rs.getString("account_name"),
                rs.getString("contact_email"), rs.getString("proposed_address"), rs.getString("owner_key"),
                RequestStatus.valueOf(rs.getString("status")), rs.getString("outcome"), rs.getString("current_step"),
                rs.getString("current_actor"), instant(rs, "step_started_at"), rs.getBoolean("awaiting_action"),
                rs.getString("action_error"), rs.getInt("version"), instant(rs, "submitted_at"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
