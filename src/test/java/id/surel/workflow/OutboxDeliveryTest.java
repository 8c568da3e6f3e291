package id.surel.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectory;
import id.surel.sop.SystemAction;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox with the scheduled worker switched off, so each test claims and runs jobs itself: a job delivered twice,
 * a node that died holding a job, retries with backoff and the admin's retry.
 */
@SurelIntegrationTest
@TestPropertySource(properties = "surel.outbox.worker-enabled=false")
class OutboxDeliveryTest {

    private static final TenantId CIREBON = new TenantId("kota-cirebon");
    private static final ActingStaff TIM = new ActingStaff(CIREBON, "tim-pengelola@kota-cirebon", "Tim Pengelola",
            Set.of("tim-pengelola"));

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    Outbox outbox;

    @Autowired
    List<SystemActionHandler> handlers;

    @Autowired
    MailAccounts accounts;

    @Autowired
    MailDirectory directory;

    @Test
    void aCreateMailboxJobDeliveredTwiceCreatesOneMailboxAndMovesTheRequestOnce() {
        UUID id = requestWaitingForMailbox();
        OutboxJob job = claimFor(id);
        OutboxWorker worker = worker(handlers, 5);

        worker.run(job);
        worker.run(job);

        assertThat(accounts.forRequest(CIREBON.value(), id)).hasValueSatisfying(a -> {
            assertThat(a.mailboxCreatedAt()).isNotNull();
            assertThat(a.credentialDeliveredAt()).isNotNull();
        });
        RequestRecord r = requests.find(CIREBON, id).orElseThrow();
        assertThat(directory.find(EmailAddress.of(r.proposedAddress()))).isPresent();
        assertThat(requests.history(CIREBON, id)).filteredOn(h -> h.stepId().equals("buat-akun")).hasSize(1);
        assertThat(r.currentStep()).isEqualTo("terima-akun");
    }

    @Test
    void aJobWhoseNodeDiedIsClaimedAgainAfterItsLease() {
        UUID id = requestWaitingForMailbox();
        OutboxJob first = claimFor(id, Duration.ZERO);
        OutboxJob again = claimFor(id, Duration.ofMinutes(5));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.attempts()).isEqualTo(first.attempts() + 1);
    }

    @Test
    void aFailingActionIsRetriedThenShownToStaffWhoCanRetryIt() {
        UUID id = requestWaitingForMailbox();
        SystemActionHandler broken = new SystemActionHandler() {
            @Override
            public SystemAction action() {
                return SystemAction.CREATE_MAILBOX;
            }

            @Override
            public String run(ActionContext context) {
                throw new ActionFailedException("server mail tidak terjangkau", true);
            }
        };
        OutboxWorker worker = worker(List.of(broken), 2);

        worker.run(claimFor(id));
        assertThat(requests.find(CIREBON, id).orElseThrow().actionError()).isNull();
        List<OutboxJob> ready = outbox.claim(100, Duration.ofMinutes(5));
        ready.forEach(j -> outbox.retryLater(j.id(), Duration.ZERO, null)); // other tests' jobs and mails go on
        assertThat(ready).filteredOn(j -> !j.isNotice()).extracting(OutboxJob::requestId).doesNotContain(id);

        OutboxJob second = claimFor(id, Duration.ofMinutes(5), Duration.ofSeconds(3));
        worker.run(second);
        assertThat(requests.find(CIREBON, id).orElseThrow().actionError()).contains("server mail tidak terjangkau");

        assertThat(engine.retryAction(TIM, id)).isTrue();
        assertThat(requests.find(CIREBON, id).orElseThrow().actionError()).isNull();
        worker(handlers, 5).run(claimFor(id));
        assertThat(requests.find(CIREBON, id).orElseThrow().currentStep()).isEqualTo("terima-akun");
    }

    private UUID requestWaitingForMailbox() {
        Submission s = engine.submit(TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id"));
        RequestRecord r = requests.find(CIREBON, s.requestId()).orElseThrow();
        engine.complete(TIM, r.id(), r.version(), "disetujui", null);
        r = requests.find(CIREBON, s.requestId()).orElseThrow();
        assertThat(r.currentStep()).isEqualTo("buat-akun");
        engine.complete(TIM, r.id(), r.version(), null, "dibuat sesuai permohonan");
        assertThat(requests.find(CIREBON, s.requestId()).orElseThrow().awaitingAction()).isTrue();
        return s.requestId();
    }

    private OutboxJob claimFor(UUID requestId) {
        return claimFor(requestId, Duration.ofMinutes(5));
    }

    private OutboxJob claimFor(UUID requestId, Duration lease) {
        return claimFor(requestId, lease, Duration.ZERO);
    }

    /** Claims until this request's job comes up (other tests' jobs are left pending again), waiting up to {@code wait}. */
    private OutboxJob claimFor(UUID requestId, Duration lease, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<OutboxJob> others = new ArrayList<>();
            try {
                for (OutboxJob job : outbox.claim(100, lease)) {
                    if (!job.isNotice() && requestId.equals(job.requestId())) {
                        return job;
                    }
                    others.add(job);
                }
            } finally {
                others.forEach(o -> outbox.retryLater(o.id(), Duration.ZERO, null));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no job for " + requestId);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private OutboxWorker worker(List<SystemActionHandler> actionHandlers, int maxAttempts) {
        return new OutboxWorker(outbox, engine, requests, new OutboxSettings(false, Duration.ofSeconds(1), 10,
                Duration.ofMinutes(5), maxAttempts, Duration.ofSeconds(1)), actionHandlers, OutboxJobs.NO_NOTICES);
    }
}
