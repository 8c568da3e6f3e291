package id.surel.workflow;

import id.surel.audit.AuditLog;
import id.surel.calendar.WorkingCalendar;
import id.surel.sop.Branch;
import id.surel.sop.DefinitionNotFoundException;
import id.surel.sop.Outcome;
import id.surel.sop.RequestType;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.sop.SopService;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.sop.StoredDefinition;
import id.surel.tenant.Delegations;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves requests through their SOP definition. Each public method is one transaction; a transition is guarded by the
 * request's version, so of two simultaneous completions exactly one wins. Side effects go to the outbox in the same
 * transaction. Every step entered gets its deadline from the tenant's working calendar.
 */
@Service
public class RequestEngine {

    private static final String APPLICANT = "pemohon";
    static final String SYSTEM = "sistem";
    /** Notice codes of the e-mails the engine queues (the notify feature knows their texts). */
    public static final String YOUR_TURN = "your-turn";
    public static final String DOCUMENTS_REQUESTED = "documents-requested";
    private static final String IMMEDIATE = "IMMEDIATE";

    private final Requests requests;
    private final Outbox outbox;
    private final SopCatalog catalog;
    private final Tenants tenants;
    private final StepDeadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Delegations delegations;

    public RequestEngine(Requests requests, Outbox outbox, SopCatalog catalog, Tenants tenants,
            StepDeadlines deadlines, AuditLog audit, Clock clock, ApplicationEventPublisher events,
            Delegations delegations) {
        this.delegations = delegations;
        this.requests = requests;
        this.outbox = outbox;
        this.catalog = catalog;
        this.tenants = tenants;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Starts a new-account request on its tenant's active SOP version: the submission step is done, the next begins. */
    @Transactional
    public Submission submit(NewRequest r) {
        return submit(r, SopService.NEW_ACCOUNT);
    }

    /**
     * Starts a request on the tenant's active SOP version of {@code service}; {@link DefinitionNotFoundException} when
     * the tenant does not offer the service.
     */
    @Transactional
    public Submission submit(NewRequest r, SopService service) {
        Tenant tenant = tenants.get(r.tenantId());
        StoredDefinition stored = catalog.active(tenant.id().value(), service)
                .orElseThrow(DefinitionNotFoundException::new);
        SopDefinition definition = stored.definition();
        Step start = definition.start();
        Instant now = clock.instant();
        WorkingCalendar calendar = deadlines.calendar(tenant.id());
        String trackingNumber = trackingNumber(tenant, now);
        String token = TrackingTokens.newToken();
        RequestRecord record = new RequestRecord(UUID.randomUUID(), tenant.id(), trackingNumber, stored.id(), r.type(),
                r.applicantName(), r.applicantNip(), r.unitCode(), r.accountName(), r.contactEmail(),
                r.proposedAddress(), r.ownerKey(), RequestStatus.IN_PROGRESS, null, start.id(), start.actor(), now,
                false, null, 0, now, null, StepTimes.NONE, null, null, 0, deadlines.requestDue(calendar, definition, now),
                null, null, List.of(), null);
        try {
            requests.insert(record, TrackingTokens.hash(token));
        } catch (DuplicateKeyException e) {
            throw duplicateOf(e);
        }
        String by = r.enteredBy() == null ? APPLICANT : r.enteredBy();
        requests.insertDocuments(tenant.id(), record.id(), r.documents(), by, now);
        if (r.paperForm() != null) {
            requests.insertDocuments(tenant.id(), record.id(), List.of(r.paperForm()), by, now);
        }
        requests.insertFields(tenant.id(), record.id(), r.fields());
        recordDone(calendar, record, start, by, r.applicantName(), null,
                r.enteredBy() == null ? null : "dicatat oleh petugas / entered by clerk " + r.enteredBy(), now);
        enter(calendar, record, definition.step(start.next()), null, now, null);
        audit.record(tenant.id().value(), by, r.enteredBy() == null ? "request.submitted" : "request.entered",
                trackingNumber, "sop " + definition.key() + " v" + definition.version() + "; type " + r.type()
                        + "; owner " + r.ownerKey() + "; address " + r.proposedAddress() + "; documents "
                        + r.documents().size() + (r.paperForm() == null ? "" : "; paper form scanned"));
        return new Submission(record.id(), trackingNumber, token);
    }

    /** A staff member completes the current task, or decides a decision step by choosing {@code branchId}. */
    @Transactional
    public void complete(ActingStaff who, UUID requestId, int expectedVersion, String branchId, String note) {
        RequestRecord request = actionable(who, requestId, expectedVersion);
        Step step = definitionOf(request).step(request.currentStep());
        Instant now = clock.instant();
        WorkingCalendar calendar = deadlines.calendar(request.tenantId());
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (step.kind() == StepKind.DECISION) {
            Branch branch = step.branch(branchId);
            String outcome = branch.outcome() == null ? request.outcome() : branch.outcome().name();
            recordDone(calendar, request, step, who.username(), nameOf(who, request, step), branch, cleanNote, now);
            enter(calendar, request, definitionOf(request).step(branch.next()), outcome, now, step.actor());
            audit.record(who.tenantId().value(), who.username(), "decision.taken", request.trackingNumber(),
                    step.id() + " -> " + branch.id());
        } else if (step.action() != null) {
            if (!requests.awaitAction(request.tenantId(), request.id(), request.version())) {
                throw new ConcurrentTransitionException(request.trackingNumber());
            }
            outbox.enqueue(request.tenantId(), request.id(), step.id(), step.action().code(), who.username(),
                    nameOf(who, request, step), cleanNote);
            audit.record(who.tenantId().value(), who.username(), "action.requested", request.trackingNumber(),
                    step.id() + ": " + step.action().code());
        } else {
            recordDone(calendar, request, step, who.username(), nameOf(who, request, step), null, cleanNote, now);
            enter(calendar, request, definitionOf(request).step(step.next()), request.outcome(), now, step.actor());
            audit.record(who.tenantId().value(), who.username(), "step.completed", request.trackingNumber(), step.id());
        }
    }

    /**
     * The holder of the current step replaces the address the request asks for (the caller has checked that the new
     * one is free); refused once the request moved on or while its system action runs.
     */
    @Transactional
    public void changeAddress(ActingStaff who, UUID requestId, int expectedVersion, String address) {
        RequestRecord request = actionable(who, requestId, expectedVersion);
        try {
            if (!requests.changeAddress(who.tenantId(), requestId, expectedVersion, address)) {
                throw new ConcurrentTransitionException(request.trackingNumber());
            }
        } catch (DuplicateKeyException e) {
            throw duplicateOf(e);
        }
        audit.record(who.tenantId().value(), who.username(), "address.changed", request.trackingNumber(),
                request.proposedAddress() + " -> " + address);
    }

    /** Stops the request's clock while it waits on the applicant (e.g. asked to complete a document). */
    @Transactional
    public void pause(ActingStaff who, UUID requestId, int expectedVersion, String reason) {
        RequestRecord request = actionable(who, requestId, expectedVersion);
        if (!requests.pause(who.tenantId(), requestId, expectedVersion, clock.instant(), reason)) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        audit.record(who.tenantId().value(), who.username(), "clock.paused", request.trackingNumber(), reason);
    }

    /** Restarts the clock; the step's and the request's deadlines move by the working time the pause lasted. */
    @Transactional
    public void resume(ActingStaff who, UUID requestId, int expectedVersion) {
        RequestRecord request = requests.find(who.tenantId(), requestId).orElseThrow(RequestNotFoundException::new);
        Step step = definitionOf(request).step(request.currentStep());
        if (!who.actorIds().contains(step.actor())) {
            throw new NotAllowedToActException(step.id(), step.actor());
        }
        long pausedMinutes = restartClock(request, expectedVersion);
        audit.record(who.tenantId().value(), who.username(), "clock.resumed", request.trackingNumber(),
                "paused " + pausedMinutes + " working minutes");
    }

    /**
     * Staff on the current step send the request back: the applicant is asked to hand in these documents of the
     * request's type and the clock stops until they do. The e-mail to the applicant, with a new private link to hand
     * them in, is queued in the same transaction.
     */
    @Transactional
    public void askForDocuments(ActingStaff who, UUID requestId, int expectedVersion, List<String> requirementIds,
            String note) {
        RequestRecord request = actionable(who, requestId, expectedVersion);
        RequestType type = definitionOf(request).findRequestType(request.type())
                .orElseThrow(() -> new IllegalArgumentException("No request type " + request.type()));
        List<String> asked = requirementIds == null ? List.of() : requirementIds.stream().distinct().toList();
        if (asked.isEmpty() || asked.stream().anyMatch(id -> type.document(id).isEmpty())) {
            throw new IllegalArgumentException("Ask for documents of the request's type");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Instant now = clock.instant();
        String reason = "Menunggu dokumen dari pemohon / waiting for documents from the applicant: "
                + String.join(", ", asked);
        if (!requests.askForDocuments(who.tenantId(), requestId, expectedVersion, now, reason, asked, cleanNote)) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        outbox.enqueueNotice(who.tenantId(), requestId, request.currentStep(), DOCUMENTS_REQUESTED, null);
        audit.record(who.tenantId().value(), who.username(), "documents.asked", request.trackingNumber(),
                String.join(", ", asked) + (cleanNote == null ? "" : "; " + cleanNote));
    }

    /**
     * A new private link to the request's tracking page, for an e-mail about to go to the applicant; returns its token
     * (Surel keeps only the hash). Each delivery attempt makes its own, so a retried mail never needs a stored token.
     */
    @Transactional
    public String newTrackingLink(TenantId tenant, UUID requestId) {
        String token = TrackingTokens.newToken();
        requests.insertLink(tenant, requestId, TrackingTokens.hash(token), clock.instant());
        return token;
    }

    /**
     * The applicant hands in, through the tracking link, the documents staff asked for: they are stored with the
     * request and its clock restarts where it stopped.
     */
    @Transactional
    public void documentsHandedIn(RequestRecord asked, List<RequestFile> files) {
        RequestRecord request = requests.find(asked.tenantId(), asked.id()).orElseThrow(RequestNotFoundException::new);
        if (!request.waitsForApplicant() || request.version() != asked.version()
                || !files.stream().map(RequestFile::requirementId).toList().containsAll(request.askedDocuments())) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        requests.insertDocuments(request.tenantId(), request.id(), files, APPLICANT, clock.instant());
        long pausedMinutes = restartClock(request, request.version());
        audit.record(request.tenantId().value(), APPLICANT, "documents.received", request.trackingNumber(),
                files.stream().map(f -> f.requirementId() + " (" + f.fileName() + ", " + f.content().length
                        + " bytes)").collect(Collectors.joining(", ")) + "; paused " + pausedMinutes
                        + " working minutes");
    }

    /** Restarts a paused request's clock, moving its deadlines by the working time the pause lasted. */
    private long restartClock(RequestRecord request, int expectedVersion) {
        if (!request.paused() || request.version() != expectedVersion) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        WorkingCalendar calendar = deadlines.calendar(request.tenantId());
        Duration paused = calendar.workingTimeBetween(request.pausedSince(), clock.instant());
        StepTimes times = request.stepTimes();
        StepTimes shifted = new StepTimes(StepDeadlines.shift(calendar, times.dueAt(), paused),
                StepDeadlines.shift(calendar, times.warnAt(), paused), times.escalateTo());
        if (!requests.resume(request.tenantId(), request.id(), expectedVersion, shifted,
                StepDeadlines.shift(calendar, request.dueAt(), paused), paused.toSeconds())) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        return paused.toMinutes();
    }

    /**
     * The worker finished a step's system action: the step is done, the request moves on (along the branch whose
     * {@code when} is the action's result, if the step branches) and the job closes.
     */
    @Transactional
    public void actionSucceeded(OutboxJob job, ActionResult result) {
        RequestRecord request = requests.find(job.tenantId(), job.requestId()).orElseThrow(RequestNotFoundException::new);
        if (!request.awaitingAction() || !request.currentStep().equals(job.stepId())) {
            outbox.done(job.id()); // a repeated delivery of a job whose step already moved on
            return;
        }
        SopDefinition definition = definitionOf(request);
        Step step = definition.step(job.stepId());
        Branch branch = step.branches().isEmpty() ? null : step.branches().stream()
                .filter(b -> b.when().equals(result.result()))
                .findFirst()
                .orElseThrow(() -> new ActionFailedException("Hasil '" + result.result() + "' tidak memiliki cabang"
                        + " / result '" + result.result() + "' has no branch at " + step.id(), false));
        Instant now = clock.instant();
        WorkingCalendar calendar = deadlines.calendar(request.tenantId());
        recordDone(calendar, request, step, job.requestedBy(), job.requestedByName(), branch,
                join(job.note(), result.note()), now);
        if (branch == null) {
            enter(calendar, request, definition.step(step.next()), request.outcome(), now, step.actor());
        } else {
            String outcome = branch.outcome() == null ? request.outcome() : branch.outcome().name();
            enter(calendar, request, definition.step(branch.next()), outcome, now, step.actor());
        }
        outbox.done(job.id());
        audit.record(job.tenantId().value(), SYSTEM, "action.done", request.trackingNumber(),
                job.stepId() + ": " + job.action());
    }

    @Transactional
    public void actionFailed(OutboxJob job, String error) {
        requests.recordActionError(job.tenantId(), job.requestId(), error);
        audit.record(job.tenantId().value(), SYSTEM, "action.failed", job.requestId().toString(),
                job.stepId() + ": " + job.action() + ": " + error);
    }

    /** An admin asks to run the failed system action of a request again. */
    @Transactional
    public boolean retryAction(ActingStaff who, UUID requestId) {
        RequestRecord request = requests.find(who.tenantId(), requestId).orElseThrow(RequestNotFoundException::new);
        Step step = definitionOf(request).step(request.currentStep());
        if (!who.actorIds().contains(step.actor())) {
            throw new NotAllowedToActException(step.id(), step.actor());
        }
        requests.clearActionError(who.tenantId(), requestId);
        audit.record(who.tenantId().value(), who.username(), "action.retried", request.trackingNumber(), step.id());
        return outbox.retryFailed(who.tenantId(), requestId) > 0;
    }

    /**
     * Instead of retrying, the holder of the step takes its {@code ifFailed} exit: the failed action is given up, the
     * step is recorded as left that way with the error as its note, and the request moves on.
     */
    @Transactional
    public void takeFailureExit(ActingStaff who, UUID requestId, int expectedVersion) {
        RequestRecord request = requests.find(who.tenantId(), requestId).orElseThrow(RequestNotFoundException::new);
        SopDefinition definition = definitionOf(request);
        Step step = definition.step(request.currentStep());
        if (!who.actorIds().contains(step.actor())) {
            throw new NotAllowedToActException(step.id(), step.actor());
        }
        Branch exit = step.ifFailed();
        if (exit == null || request.actionError() == null || request.version() != expectedVersion
                || outbox.abandonFailed(who.tenantId(), requestId) == 0) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = deadlines.calendar(request.tenantId());
        recordDone(calendar, request, step, who.username(), nameOf(who, request, step), exit, request.actionError(),
                now);
        String outcome = exit.outcome() == null ? request.outcome() : exit.outcome().name();
        enter(calendar, request, definition.step(exit.next()), outcome, now, step.actor());
        events.publishEvent(new ActionAbandoned(request.tenantId(), requestId, step.action().code()));
        audit.record(who.tenantId().value(), who.username(), "action.abandoned", request.trackingNumber(),
                step.id() + ": " + step.action().code() + " -> " + exit.id());
    }

    public SopDefinition definitionOf(RequestRecord request) {
        return catalog.byId(request.tenantId().value(), request.definitionId()).definition();
    }

    private String nameOf(ActingStaff who, RequestRecord request, Step step) {
        return who.nameActingAs(step.actor(), definitionOf(request).actor(step.actor()).name());
    }

    /** The request, if {@code who} may act on its current human step now. */
    private RequestRecord actionable(ActingStaff who, UUID requestId, int expectedVersion) {
        RequestRecord request = requests.find(who.tenantId(), requestId).orElseThrow(RequestNotFoundException::new);
        if (request.version() != expectedVersion || request.status() != RequestStatus.IN_PROGRESS
                || request.awaitingAction()) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        Step step = definitionOf(request).step(request.currentStep());
        if (!step.isHumanStep()) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
        if (!who.actorIds().contains(step.actor())) {
            throw new NotAllowedToActException(step.id(), step.actor());
        }
        return request;
    }

    private void enter(WorkingCalendar calendar, RequestRecord request, Step step, String outcome, Instant now,
            String handedDownBy) {
        StepTimes times = deadlines.forStep(calendar, step, now, handedDownBy);
        switch (step.kind()) {
            case END -> {
                RequestStatus status = Outcome.REJECTED.name().equals(outcome) ? RequestStatus.REJECTED
                        : RequestStatus.APPROVED;
                String finalOutcome = outcome == null ? Outcome.APPROVED.name() : outcome;
                moveOrFail(request, step, now, times, false, status, finalOutcome, now);
                recordDone(calendar, request, step, SYSTEM, SYSTEM, null, null, now);
            }
            case SYSTEM -> {
                moveOrFail(request, step, now, times, true, RequestStatus.IN_PROGRESS, outcome, null);
                outbox.enqueue(request.tenantId(), request.id(), step.id(), step.action().code(), SYSTEM, SYSTEM, null);
            }
            case TASK, DECISION -> {
                moveOrFail(request, step, now, times, false, RequestStatus.IN_PROGRESS, outcome, null);
                // a request that stays with the same role (one step after another) was announced when it came
                if (!step.actor().equals(handedDownBy)
                        && definitionOf(request).findActor(step.actor()).map(a -> !a.applicant()).orElse(true)) {
                    outbox.enqueueNotice(request.tenantId(), request.id(), step.id(), YOUR_TURN,
                            delegations.staffToNotify(request.tenantId(), step.actor(),
                                    LocalDate.ofInstant(now, tenants.get(request.tenantId()).zone()), IMMEDIATE));
                }
            }
            case SUBMISSION -> throw new IllegalStateException("A flow cannot return to the submission step");
        }
    }

    private void moveOrFail(RequestRecord request, Step step, Instant startedAt, StepTimes times, boolean awaiting,
            RequestStatus status, String outcome, Instant closedAt) {
        if (!requests.move(request.tenantId(), request.id(), request.version(), step.id(), step.actor(), startedAt,
                times, awaiting, status, outcome, closedAt)) {
            throw new ConcurrentTransitionException(request.trackingNumber());
        }
    }

    private void recordDone(WorkingCalendar calendar, RequestRecord request, Step step, String by, String byName,
            Branch branch, String note, Instant now) {
        boolean instant = step.kind() == StepKind.END || step.kind() == StepKind.SUBMISSION;
        Instant started = instant ? now : request.stepStartedAt();
        Long standard = step.time() == null ? null : step.time().upperBoundMinutes() * 60;
        Duration pausedNow = request.paused() ? calendar.workingTimeBetween(request.pausedSince(), now) : Duration.ZERO;
        long pausedSeconds = request.stepPausedWorkingSeconds() + pausedNow.toSeconds();
        Long working = instant ? null : StepDeadlines.workingSeconds(calendar, started, now, pausedSeconds);
        Instant due = instant ? null : StepDeadlines.shift(calendar, request.stepTimes().dueAt(), pausedNow);
        Boolean met = due == null ? null : !now.isAfter(due);
        requests.insertHistory(request.tenantId(), request.id(), new HistoryEntry(step.id(), step.actor(), started, now,
                by, byName, branch == null ? null : branch.id(), branch == null ? null : branch.label(), note,
                Duration.between(started, now).toSeconds(), standard, due, working, met));
    }

    private String trackingNumber(Tenant tenant, Instant now) {
        int year = ZonedDateTime.ofInstant(now, tenant.zone()).getYear();
        long n = tenants.nextCounter(tenant.id(), "tracking-" + year);
        return "%s-%d-%06d".formatted(tenant.code(), year, n);
    }

    private static DuplicateRequestException duplicateOf(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("request_one_open_per_address")) {
            return new DuplicateRequestException("proposedLocalPart",
                    "Alamat ini sedang diajukan dalam permohonan lain. / This address is already requested.");
        }
        return new DuplicateRequestException("applicantNip",
                "Sudah ada permohonan yang sedang diproses untuk pemilik akun ini. / An open request for this owner already exists.");
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "\n" + b;
    }
}
