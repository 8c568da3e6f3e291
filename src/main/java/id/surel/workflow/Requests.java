package id.surel.workflow;

import id.surel.sop.RequiredDocument;
import id.surel.tenant.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of requests, their letters and their history. Every read and write names the tenant. */
@Repository
public class Requests {

    private static final String COLUMNS = """
            id, tenant_id, tracking_number, definition_id, request_type, applicant_name, applicant_nip, unit_code,
            account_name, contact_email, proposed_address, owner_key, status, outcome, current_step, current_actor,
            step_started_at, awaiting_action, action_error, version, submitted_at, closed_at, step_due_at, step_warn_at,
            step_escalate_to, step_warned_at, step_late_at, step_paused_working_seconds, due_at, paused_since,
            paused_reason, asked_documents, asked_note
            """;

    private final JdbcClient jdbc;

    public Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RequestRecord r, String tokenHash) {
        jdbc.sql("""
                insert into request (id, tenant_id, tracking_number, definition_id, request_type, applicant_name,
                    applicant_nip, unit_code, account_name, contact_email, proposed_address, owner_key, status,
                    current_step, current_actor, step_started_at, version, submitted_at, due_at, tracking_token_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(r.id(), r.tenantId().value(), r.trackingNumber(), r.definitionId(), r.type(),
                        r.applicantName(), r.applicantNip(), r.unitCode(), r.accountName(), r.contactEmail(),
                        r.proposedAddress(), r.ownerKey(), r.status().name(), r.currentStep(), r.currentActor(),
                        ts(r.stepStartedAt()), r.version(), ts(r.submittedAt()), ts(r.dueAt()), tokenHash)
                .update();
    }

    void insertDocuments(TenantId tenant, UUID requestId, List<RequestFile> files, String uploadedBy, Instant at) {
        for (RequestFile f : files) {
            jdbc.sql("""
                    insert into request_file (tenant_id, request_id, requirement_id, file_name, content_type,
                        size_bytes, content, sha256, uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(tenant.value(), requestId, f.requirementId(), f.fileName(), f.contentType(),
                            f.content().length, f.content(), TrackingTokens.sha256(f.content()), uploadedBy, ts(at))
                    .update();
        }
    }

    void insertFields(TenantId tenant, UUID requestId, Map<String, String> fields) {
        fields.forEach((fieldId, value) -> jdbc.sql("""
                insert into request_field (tenant_id, request_id, field_id, value) values (?, ?, ?, ?)
                """)
                .params(tenant.value(), requestId, fieldId, value)
                .update());
    }

    /**
     * The first document handed in with the request (the request letter, when the type asks for one); a desk clerk's
     * scan of the paper form is not it.
     */
    public Optional<Letter> letter(TenantId tenant, UUID requestId) {
        return jdbc.sql("""
                select file_name, content_type, content from request_file
                where tenant_id = ? and request_id = ? and requirement_id <> ?
                order by id limit 1
                """)
                .params(tenant.value(), requestId, RequiredDocument.PAPER_FORM.id())
                .query((rs, n) -> new Letter(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** The documents of a request, without their content, in the order they were handed in. */
    public List<HandedInDocument> documents(TenantId tenant, UUID requestId) {
        return jdbc.sql("""
                select id, requirement_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from request_file where tenant_id = ? and request_id = ? order by id
                """)
                .params(tenant.value(), requestId)
                .query((rs, n) -> new HandedInDocument(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), instant(rs, 7)))
                .list();
    }

    /** One document's file, only within its own tenant and request. */
    public Optional<Letter> document(TenantId tenant, UUID requestId, long documentId) {
        return jdbc.sql("""
                select file_name, content_type, content from request_file
                where tenant_id = ? and request_id = ? and id = ?
                """)
                .params(tenant.value(), requestId, documentId)
                .query((rs, n) -> new Letter(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** The request type's own fields as the applicant filled them in, by field id. */
    public Map<String, String> fields(TenantId tenant, UUID requestId) {
        Map<String, String> fields = new LinkedHashMap<>();
        jdbc.sql("select field_id, value from request_field where tenant_id = ? and request_id = ? order by field_id")
                .params(tenant.value(), requestId)
                .query(rs -> {
                    fields.put(rs.getString(1), rs.getString(2));
                });
        return fields;
    }

    /** A further private tracking link for the request; only the hash is kept. */
    void insertLink(TenantId tenant, UUID requestId, String tokenHash, Instant at) {
        jdbc.sql("insert into request_link (token_hash, tenant_id, request_id, created_at) values (?, ?, ?, ?)")
                .params(tokenHash, tenant.value(), requestId, ts(at))
                .update();
    }

    public Optional<RequestRecord> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(this::map)
                .optional();
    }

    public Optional<RequestRecord> findByTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from request where tracking_token_hash = ? or id = "
                        + "(select request_id from request_link where token_hash = ?)")
                .params(tokenHash, tokenHash)
                .query(this::map)
                .optional();
    }

    public Optional<RequestRecord> findByTrackingNumber(TenantId tenant, String trackingNumber) {
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = ? and tracking_number = ?")
                .params(tenant.value(), trackingNumber)
                .query(this::map)
                .optional();
    }

    /**
     * The open requests waiting for a person holding one of these actors, or escalated to one of them after being
     * late: most urgent first (late, then near due, then by deadline), steps without a deadline last.
     */
    public List<RequestRecord> waitingFor(TenantId tenant, Collection<String> actorIds, int limit) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = :tenant and status = 'IN_PROGRESS'"
                        + " and (current_actor in (:actors) or (step_late_at is not null and step_escalate_to in (:actors)))"
                        + " order by step_late_at is null, step_warned_at is null, step_due_at nulls last,"
                        + " step_started_at limit :limit")
                .param("tenant", tenant.value())
                .param("actors", actorIds)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Which of these owners have an open request in this tenant: one query for a whole bulk upload. */
    public Set<String> openOwners(TenantId tenant, Collection<String> ownerKeys) {
        return Set.copyOf(jdbc.sql("select owner_key from request where tenant_id = ? and status = 'IN_PROGRESS'"
                        + " and owner_key = any(?)")
                .params(tenant.value(), ownerKeys.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Which of these addresses an open request proposes, in any tenant (addresses are global). */
    public Set<String> openAddresses(Collection<String> addresses) {
        return Set.copyOf(jdbc.sql("select proposed_address from request where status = 'IN_PROGRESS'"
                        + " and proposed_address = any(?)")
                .param(addresses.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    public List<RequestRecord> latest(TenantId tenant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from request where tenant_id = ? order by submitted_at desc limit ?")
                .params(tenant.value(), limit)
                .query(this::map)
                .list();
    }

    /** Whether a request still in progress (of any tenant: addresses are global) other than {@code except} asks for it. */
    public boolean addressRequested(String address, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from request where proposed_address = ? and status = 'IN_PROGRESS'
                    and id is distinct from ?)
                """)
                .params(address, except)
                .query(Boolean.class)
                .single();
    }

    /**
     * Replaces the address a request in progress asks for, if nobody moved it since {@code expectedVersion}; false
     * means someone was first.
     */
    public boolean changeAddress(TenantId tenant, UUID id, int expectedVersion, String address) {
        return jdbc.sql("""
                update request set proposed_address = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'IN_PROGRESS' and not awaiting_action
                """)
                .params(address, tenant.value(), id, expectedVersion)
                .update() == 1;
    }

    /** Moves the request if nobody else did since {@code expectedVersion}; false means someone was first. */
    boolean move(TenantId tenant, UUID id, int expectedVersion, String step, String actor, Instant startedAt,
            StepTimes times, boolean awaitingAction, RequestStatus status, String outcome, Instant closedAt) {
        return jdbc.sql("""
                update request set current_step = ?, current_actor = ?, step_started_at = ?, awaiting_action = ?,
                    status = ?, outcome = ?, closed_at = ?, action_error = null, version = version + 1,
                    step_due_at = ?, step_warn_at = ?, step_escalate_to = ?, step_warned_at = null,
                    step_late_at = null, step_paused_working_seconds = 0, paused_since = null, paused_reason = null
                where tenant_id = ? and id = ? and version = ?
                """)
                .params(step, actor, ts(startedAt), awaitingAction, status.name(), outcome, ts(closedAt),
                        ts(times.dueAt()), ts(times.warnAt()), times.escalateTo(), tenant.value(), id,
                        expectedVersion)
                .update() == 1;
    }

    /** Marks the action of the current step as started by staff, keeping the step's clock. */
    boolean awaitAction(TenantId tenant, UUID id, int expectedVersion) {
        return jdbc.sql("""
                update request set awaiting_action = true, action_error = null, version = version + 1
                where tenant_id = ? and id = ? and version = ?
                """)
                .params(tenant.value(), id, expectedVersion)
                .update() == 1;
    }

    /** Stops the clock while the request waits on the applicant. */
    boolean pause(TenantId tenant, UUID id, int expectedVersion, Instant since, String reason) {
        return jdbc.sql("""
                update request set paused_since = ?, paused_reason = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ? and paused_since is null and status = 'IN_PROGRESS'
                """)
                .params(ts(since), reason, tenant.value(), id, expectedVersion)
                .update() == 1;
    }

    /** Stops the clock and records what the applicant is asked to hand in. */
    boolean askForDocuments(TenantId tenant, UUID id, int expectedVersion, Instant since, String reason,
            List<String> requirementIds, String note) {
        return jdbc.sql("""
                update request set paused_since = ?, paused_reason = ?, asked_documents = ?, asked_note = ?,
                    version = version + 1
                where tenant_id = ? and id = ? and version = ? and paused_since is null and status = 'IN_PROGRESS'
                """)
                .params(ts(since), reason, requirementIds.toArray(String[]::new), note, tenant.value(), id,
                        expectedVersion)
                .update() == 1;
    }

    /** Restarts the clock with the deadlines moved by the working time the request was paused. */
    boolean resume(TenantId tenant, UUID id, int expectedVersion, StepTimes times, Instant dueAt,
            long pausedWorkingSeconds) {
        return jdbc.sql("""
                update request set paused_since = null, paused_reason = null, asked_documents = null,
                    asked_note = null, version = version + 1,
                    step_due_at = ?, step_warn_at = ?, due_at = ?,
                    step_paused_working_seconds = step_paused_working_seconds + ?
                where tenant_id = ? and id = ? and version = ? and paused_since is not null
                """)
                .params(ts(times.dueAt()), ts(times.warnAt()), ts(dueAt), pausedWorkingSeconds, tenant.value(), id,
                        expectedVersion)
                .update() == 1;
    }

    /** Flags, in one statement for all tenants, the running steps that reached their warning point; returns them. */
    List<SlaFlag> flagNearlyDue(Instant now) {
        return jdbc.sql("""
                update request set step_warned_at = :now
                where status = 'IN_PROGRESS' and paused_since is null and step_warned_at is null
                    and step_warn_at <= :now and step_due_at > :now
                returning id, tenant_id, tracking_number, current_step, current_actor, step_due_at, step_escalate_to
                """)
                .param("now", ts(now))
                .query(this::flag)
                .list();
    }

    /** Flags, in one statement for all tenants, the running steps past their deadline; returns them. */
    List<SlaFlag> flagLate(Instant now) {
        return jdbc.sql("""
                update request set step_late_at = :now, step_warned_at = coalesce(step_warned_at, :now)
                where status = 'IN_PROGRESS' and paused_since is null and step_late_at is null
                    and step_due_at <= :now
                returning id, tenant_id, tracking_number, current_step, current_actor, step_due_at, step_escalate_to
                """)
                .param("now", ts(now))
                .query(this::flag)
                .list();
    }

    private SlaFlag flag(ResultSet rs, int rowNum) throws SQLException {
        return new SlaFlag(rs.getObject("id", UUID.class), new TenantId(rs.getString("tenant_id")),
                rs.getString("tracking_number"), rs.getString("current_step"), rs.getString("current_actor"),
                instant(rs, "step_due_at"), rs.getString("step_escalate_to"));
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
                    completed_by, completed_by_name, branch_id, branch_label, note, elapsed_seconds, standard_seconds,
                    due_at, working_seconds, met_standard)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(tenant.value(), requestId, e.stepId(), e.actorId(), ts(e.startedAt()), ts(e.completedAt()),
                        e.completedBy(), e.completedByName(), e.branchId(), e.branchLabel(), e.note(),
                        e.elapsedSeconds(), e.standardSeconds(), ts(e.dueAt()), e.workingSeconds(), e.metStandard())
                .update();
    }

    public List<HistoryEntry> history(TenantId tenant, UUID requestId) {
        return jdbc.sql("""
                select step_id, actor_id, started_at, completed_at, completed_by, completed_by_name, branch_id,
                    branch_label, note, elapsed_seconds, standard_seconds, due_at, working_seconds, met_standard
                from request_step where tenant_id = ? and request_id = ? order by id
                """)
                .params(tenant.value(), requestId)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), (Long) rs.getObject(11), instant(rs, 12), (Long) rs.getObject(13),
                        (Boolean) rs.getObject(14)))
                .list();
    }

    private RequestRecord map(ResultSet rs, int rowNum) throws SQLException {
        return new RequestRecord(rs.getObject("id", UUID.class), new TenantId(rs.getString("tenant_id")),
                rs.getString("tracking_number"), rs.getLong("definition_id"),
                rs.getString("request_type"), rs.getString("applicant_name"),
                rs.getString("applicant_nip"), rs.getString("unit_code"), rs.getString("account_name"),
                rs.getString("contact_email"), rs.getString("proposed_address"), rs.getString("owner_key"),
                RequestStatus.valueOf(rs.getString("status")), rs.getString("outcome"), rs.getString("current_step"),
                rs.getString("current_actor"), instant(rs, "step_started_at"), rs.getBoolean("awaiting_action"),
                rs.getString("action_error"), rs.getInt("version"), instant(rs, "submitted_at"),
                instant(rs, "closed_at"), new StepTimes(instant(rs, "step_due_at"), instant(rs, "step_warn_at"),
                        rs.getString("step_escalate_to")), instant(rs, "step_warned_at"), instant(rs, "step_late_at"),
                rs.getLong("step_paused_working_seconds"), instant(rs, "due_at"), instant(rs, "paused_since"),
                rs.getString("paused_reason"), asked(rs.getArray("asked_documents")), rs.getString("asked_note"));
    }

    private static List<String> asked(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
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
