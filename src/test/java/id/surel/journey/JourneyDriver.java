package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.Branch;
import id.surel.sop.Outcome;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.support.PdfFixtures;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Walks a request through its SOP over HTTP the way people do: the applicant submits the public form, then for each
 * step the staff member holding the step's actor role logs in, opens the request and completes it or picks a branch.
 */
class JourneyDriver {

    static final String DEMO_PASSWORD = "surel-demo";

    enum Decisions {
        APPROVE_ALL, REJECT_FIRST
    }

    private final int port;
    private final Requests requests;
    private final RequestEngine engine;

    private final Duration systemStepWait;

    JourneyDriver(int port, Requests requests, RequestEngine engine) {
        this(port, requests, engine, Duration.ofSeconds(30));
    }

    /** {@code systemStepWait}: how long a system step may run (a bulk request creates hundreds of mailboxes). */
    JourneyDriver(int port, Requests requests, RequestEngine engine, Duration systemStepWait) {
        this.port = port;
        this.requests = requests;
        this.engine = engine;
        this.systemStepWait = systemStepWait;
    }

    /** Submits the public form; returns the tracking page the applicant lands on. */
    Document submit(String tenant, Map<String, String> fields) {
        WebSession applicant = new WebSession(port);
        Document form = applicant.get("/layanan/" + tenant + "/permohonan");
        Document tracking = applicant.submit(form, "form[enctype=multipart/form-data]", fields, "documents[surat-permohonan]",
                PdfFixtures.letter());
        assertThat(tracking.selectFirst("#tracking-number"))
                .as("tracking page after submit; got:\n%s", tracking.text())
                .isNotNull();
        return tracking;
    }

    RequestRecord walk(String tenant, String trackingNumber, Decisions decisions) {
        TenantId tenantId = new TenantId(tenant);
        for (int i = 0; i < 40; i++) {
            RequestRecord request = awaitHumanStepOrEnd(tenantId, trackingNumber);
            if (request.status() != RequestStatus.IN_PROGRESS) {
                return request;
            }
            act(tenant, request, decisions);
        }
        throw new AssertionError("Request " + trackingNumber + " did not end in 40 steps");
    }

    private void act(String tenant, RequestRecord request, Decisions decisions) {
        SopDefinition definition = engine.definitionOf(request);
        Step step = definition.step(request.currentStep());
        WebSession staff = new WebSession(port);
        Document afterLogin = staff.login(step.actor() + "@" + tenant, DEMO_PASSWORD);
        assertThat(afterLogin.selectFirst("#inbox")).as("inbox after login as %s", step.actor()).isNotNull();
        assertThat(afterLogin.select("a.inbox-link").eachText())
                .as("the inbox of %s lists the request", step.actor())
                .contains(request.trackingNumber());
        Document page = staff.get("/permohonan/" + request.id());
        Document after;
        if (step.kind() == StepKind.DECISION) {
            after = staff.submit(page, "#step-form", Map.of("branch", choose(step, decisions).id(), "note",
                    "Diputuskan pada pengujian perjalanan"));
        } else {
            after = staff.submit(page, "#step-form", Map.of("note", "Selesai: " + step.id()));
        }
        assertThat(after.selectFirst("#flash-success")).as("completing %s: %s", step.id(), after.text()).isNotNull();
        staff.logout();
    }

    private static Branch choose(Step step, Decisions decisions) {
        boolean reject = decisions == Decisions.REJECT_FIRST;
        return step.branches().stream()
                .filter(b -> (b.outcome() == Outcome.REJECTED) == reject)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No branch to " + decisions + " at " + step.id()));
    }

    private RequestRecord awaitHumanStepOrEnd(TenantId tenant, String trackingNumber) {
        Instant deadline = Instant.now().plus(systemStepWait);
        while (true) {
            RequestRecord request = requests.findByTrackingNumber(tenant, trackingNumber).orElseThrow();
            if (request.actionError() != null) {
                throw new AssertionError("System action failed at " + request.currentStep() + ": " + request.actionError());
            }
            if (request.status() != RequestStatus.IN_PROGRESS || !request.awaitingAction()) {
                return request;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("System step " + request.currentStep() + " did not finish in " + systemStepWait.toSeconds() + " s");
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
