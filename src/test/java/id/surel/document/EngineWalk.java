package id.surel.document;

import id.surel.sop.Actor;
import id.surel.sop.Branch;
import id.surel.sop.Outcome;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.support.TestRequests;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.TenantId;
import id.surel.workflow.ActingStaff;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Walks a new request of a seed government through its SOP with the engine: each human step is completed by the demo
 * staff member of its actor, under a real-looking name and with {@link #SIGNER_NIP} on record, writing an instruction
 * as the note; decisions approve, or reject with {@link #REJECTION_REASON}. System steps are left to the outbox worker.
 */
final class EngineWalk {

    static final String SIGNER_NIP = "19730727 200012 1 006";
    static final String INSTRUCTION = "Mohon segera ditindaklanjuti sesuai SOP dan dilaporkan hasilnya.";
    static final String REJECTION_REASON = "Surat permohonan belum ditandatangani Kepala Perangkat Daerah.";
    private static final List<String> NAMES = List.of("Dr. Hendra Wijaya, S.Kom., M.T.", "Rina Marlina, S.T., M.Kom.",
            "Agus Salim, S.Kom.", "Dewi Lestari, A.Md.Kom.", "Bambang Sutrisno, S.T.", "Sri Wahyuni, S.E.");

    private final RequestEngine engine;
    private final Requests requests;
    private final StaffDirectory staff;

    EngineWalk(RequestEngine engine, Requests requests, StaffDirectory staff) {
        this.engine = engine;
        this.requests = requests;
        this.staff = staff;
    }

    NewRequest newRequest(SeedSops seed) {
        return TestRequests.personal(seed.tenant, seed.unit, seed.domain);
    }

    RequestRecord walk(NewRequest request, boolean approve) {
        TenantId tenant = request.tenantId();
        var submission = engine.submit(request);
        for (int i = 0; i < 40; i++) {
            RequestRecord current = awaitHumanStepOrEnd(tenant, submission.requestId());
            if (current.status() != RequestStatus.IN_PROGRESS) {
                return current;
            }
            SopDefinition definition = engine.definitionOf(current);
            Step step = definition.step(current.currentStep());
            String branch = step.kind() == StepKind.DECISION ? choose(step, approve).id() : null;
            String note = step.kind() == StepKind.DECISION && !approve ? REJECTION_REASON : INSTRUCTION;
            engine.complete(official(tenant, definition, step.actor()), current.id(), current.version(), branch, note);
        }
        throw new AssertionError("request did not end in 40 steps");
    }

    /** The demo staff member of the actor, acting under a person's name, with the signer NIP on record. */
    ActingStaff official(TenantId tenant, SopDefinition definition, String actorId) {
        String username = actorId + "@" + tenant.value();
        staff.setNip(tenant, username, SIGNER_NIP);
        List<Actor> actors = definition.actors();
        int rank = actors.indexOf(definition.actor(actorId));
        return new ActingStaff(tenant, username, NAMES.get(rank % NAMES.size()), Set.of(actorId));
    }

    private static Branch choose(Step step, boolean approve) {
        return step.branches().stream()
                .filter(b -> (b.outcome() == Outcome.REJECTED) != approve)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no branch to " + (approve ? "approve" : "reject")));
    }

    private RequestRecord awaitHumanStepOrEnd(TenantId tenant, java.util.UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            RequestRecord request = requests.find(tenant, id).orElseThrow();
            if (request.actionError() != null) {
                throw new AssertionError("system action failed at " + request.currentStep() + ": "
                        + request.actionError());
            }
            if (request.status() != RequestStatus.IN_PROGRESS || !request.awaitingAction()) {
                return request;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("system step " + request.currentStep() + " did not finish in 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
