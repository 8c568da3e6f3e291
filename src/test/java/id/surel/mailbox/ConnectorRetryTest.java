package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.audit.AuditLog;
import id.surel.notify.Mailer;
import id.surel.notify.Notices;
import id.surel.support.MailboxReader;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActingStaff;
import id.surel.workflow.ConcurrentTransitionException;
import id.surel.workflow.DuplicateRequestException;
import id.surel.workflow.NewRequest;
import id.surel.workflow.Outbox;
import id.surel.workflow.OutboxJobs;
import id.surel.workflow.OutboxWorker;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import id.surel.workflow.SystemActionHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Creating a mailbox against a mail server that fails: retried with backoff without a second account, shown to the
 * admin after the last try, and never taking an address that already exists on the server.
 */
@SurelIntegrationTest
@TestPropertySource(properties = "surel.outbox.worker-enabled=false")
class ConnectorRetryTest {

    private static final TenantId CIREBON = new TenantId("kota-cirebon");
    private static final ActingStaff TIM = new ActingStaff(CIREBON, "tim-pengelola@kota-cirebon", "Tim Pengelola",
            Set.of("tim-pengelola"));
    private static final Duration BACKOFF_WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    id.surel.notify.NoticeRenderer renderer;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    Outbox outbox;

    @Autowired
    MailAccounts accounts;

    @Autowired
    MailDirectory embedded;

    @Autowired
    PasswordGenerator passwords;

    @Autowired
    Mailer mailer;

    @Autowired
    Notices notices;

    @Autowired
    Tenants tenants;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<SystemActionHandler> handlers;

    @Autowired
    EmbeddedMailServer mailServer;

    OutboxJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new OutboxJobs(outbox);
    }

    @Test
    void aServerThatFailsTwiceThenAnswersGetsExactlyOneAccount() throws Exception {
        FlakyMailDirectory flaky = new FlakyMailDirectory(embedded, 2);
        OutboxWorker worker = jobs.worker(engine, requests, List.of(createMailboxOn(flaky)), 5);
        UUID id = requestWaitingForMailbox();

        worker.run(jobs.claimFor(id, BACKOFF_WAIT));
        assertThat(requests.find(CIREBON, id).orElseThrow().actionError()).as("first failure is retried").isNull();
        worker.run(jobs.claimFor(id, BACKOFF_WAIT));
        assertThat(requests.find(CIREBON, id).orElseThrow().actionError()).as("second failure is retried").isNull();
        worker.run(jobs.claimFor(id, BACKOFF_WAIT));

        RequestRecord done = requests.find(CIREBON, id).orElseThrow();
        assertThat(done.currentStep()).isEqualTo("terima-akun");
        assertThat(flaky.createCalls()).as("the third try finds the box the second one made").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from mail_account where request_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.forRequest(CIREBON.value(), id))
                .hasValueSatisfying(a -> assertThat(a.credentialDeliveredAt()).isNotNull());
        assertThat(embedded.find(EmailAddress.of(done.proposedAddress()))).isPresent();
        assertThat(requests.history(CIREBON, id)).filteredOn(h -> h.stepId().equals("buat-akun")).hasSize(1);
    }

    @Test
    void afterTheLastTryTheAdminSeesTheErrorAndCanRetryWithoutASecondAccount() {
        FlakyMailDirectory down = new FlakyMailDirectory(embedded, 2);
        UUID id = requestWaitingForMailbox();

        jobs.worker(engine, requests, List.of(createMailboxOn(down)), 2).run(jobs.claimFor(id, BACKOFF_WAIT));
        jobs.worker(engine, requests, List.of(createMailboxOn(down)), 2).run(jobs.claimFor(id, BACKOFF_WAIT));

        RequestRecord failed = requests.find(CIREBON, id).orElseThrow();
        assertThat(failed.actionError()).contains("read timed out");
        WebSession admin = new WebSession(port);
        admin.login("tim-pengelola@kota-cirebon", "surel-demo");
        Document page = admin.get("/permohonan/" + id);
        assertThat(page.select("#action-error").text()).contains("read timed out");
        Document afterRetry = admin.submit(page, "form[action$=/ulangi]", Map.of());
        assertThat(afterRetry.selectFirst("#flash-success")).isNotNull();

        jobs.worker(engine, requests, List.of(createMailboxOn(embedded)), 2).run(jobs.claimFor(id, BACKOFF_WAIT));

        assertThat(requests.find(CIREBON, id).orElseThrow().currentStep()).isEqualTo("terima-akun");
        assertThat(jdbc.sql("select count(*) from mail_account where request_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(embedded.find(EmailAddress.of(failed.proposedAddress()))).isPresent();
    }

    @Test
    void anAddressTakenOnTheServerOutsideSurelIsNotTakenOver() throws Exception {
        UUID id = requestWaitingForMailbox();
        RequestRecord request = requests.find(CIREBON, id).orElseThrow();
        EmailAddress address = EmailAddress.of(request.proposedAddress());
        embedded.create(new NewMailbox(address, "Dibuat langsung di server", "199912312020121999", "Milik#Orang2026".toCharArray()));

        jobs.worker(engine, requests, List.of(createMailboxOn(embedded)), 5).run(jobs.claimFor(id, BACKOFF_WAIT));

        RequestRecord after = requests.find(CIREBON, id).orElseThrow();
        assertThat(after.actionError()).contains("sudah ada di server mail").contains("already exists");
        assertThat(after.currentStep()).isEqualTo("buat-akun");
        assertThat(accounts.forRequest(CIREBON.value(), id)).isEmpty();
        assertThat(embedded.find(address)).hasValueSatisfying(
                info -> assertThat(info.displayName()).isEqualTo("Dibuat langsung di server"));
        MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address.toString(), "Milik#Orang2026");
    }

    @Test
    void aSecondOpenRequestForTheSameNipIsStopped() {
        NewRequest first = TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id");
        engine.submit(first);
        NewRequest again = new NewRequest(first.tenantId(), first.type(), first.applicantName(), first.applicantNip(),
                "DINKES", first.accountName(), first.contactEmail(), "lain." + first.proposedAddress(),
                first.ownerKey(), first.documents(), first.fields(), null);

        assertThatThrownBy(() -> engine.submit(again)).isInstanceOf(DuplicateRequestException.class)
                .hasMessageContaining("Sudah ada permohonan").hasMessageContaining("open request for this owner");
        assertThat(jdbc.sql("select count(*) from request where tenant_id = ? and owner_key = ?")
                .params(CIREBON.value(), first.ownerKey()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void insteadOfRetryingTheAdminTakesTheStepsFailureExitAndTheReservationIsFreed() {
        TenantId morowali = new TenantId("kab-morowali");
        UUID id = engine.submit(TestRequests.personal("kab-morowali", "DINKES", "morowalikab.go.id")).requestId();
        complete(morowali, id, "kepala-dinas", null);
        OutboxWorker real = jobs.worker(engine, requests, handlers, 5);
        real.run(jobs.claimFor(id, BACKOFF_WAIT));
        complete(morowali, id, "kabid-persandian", "ya");
        complete(morowali, id, "admin-mail-server", null);
        jobs.worker(engine, requests, List.of(createMailboxOn(new FlakyMailDirectory(embedded, 2))), 1)
                .run(jobs.claimFor(id, BACKOFF_WAIT));
        RequestRecord failed = requests.find(morowali, id).orElseThrow();
        assertThat(failed.actionError()).contains("connection reset");
        assertThat(accounts.forRequest("kab-morowali", id)).as("reserved before the failed try").isPresent();

        WebSession admin = new WebSession(port);
        admin.login("admin-mail-server@kab-morowali", "surel-demo");
        Document page = admin.get("/permohonan/" + id);
        assertThat(page.selectFirst("#failure-exit").text()).contains("Akun tidak dapat dibuat");
        Document after = admin.submit(page, "#failure-exit-form", Map.of());
        assertThat(after.selectFirst("#flash-success")).as(after.text()).isNotNull();

        RequestRecord moved = requests.find(morowali, id).orElseThrow();
        assertThat(moved.currentStep()).isEqualTo("sampaikan-hasil");
        assertThat(moved.outcome()).isEqualTo("REJECTED");
        assertThat(moved.actionError()).isNull();
        assertThat(requests.history(morowali, id)).filteredOn(h -> h.stepId().equals("buat-akun")).singleElement()
                .satisfies(h -> {
                    assertThat(h.branchId()).isEqualTo("tidak-dapat-dibuat");
                    assertThat(h.note()).contains("connection reset");
                });
        assertThat(accounts.forRequest("kab-morowali", id)).as("reservation freed").isEmpty();
        assertThat(embedded.find(EmailAddress.of(moved.proposedAddress()))).isEmpty();
        assertThat(jdbc.sql("select status from outbox_job where request_id = ? and action = 'create-mailbox'")
                .param(id).query(String.class).single()).isEqualTo("ABANDONED");

        complete(morowali, id, "kabid-persandian", null);
        real.run(jobs.claimFor(id, BACKOFF_WAIT));
        assertThat(requests.find(morowali, id).orElseThrow().status()).isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void theFailureExitIsRefusedWhileTheActionHasNotFailed() {
        UUID id = engine.submit(TestRequests.personal("kab-morowali", "DINKES", "morowalikab.go.id")).requestId();
        RequestRecord r = requests.find(new TenantId("kab-morowali"), id).orElseThrow();
        ActingStaff kadis = new ActingStaff(r.tenantId(), "kepala-dinas@kab-morowali", "Kadis", Set.of("kepala-dinas"));

        assertThatThrownBy(() -> engine.takeFailureExit(kadis, id, r.version()))
                .isInstanceOf(ConcurrentTransitionException.class);
        assertThat(requests.find(r.tenantId(), id).orElseThrow().currentStep()).isEqualTo(r.currentStep());
    }

    private void complete(TenantId tenant, UUID id, String actor, String branch) {
        RequestRecord r = requests.find(tenant, id).orElseThrow();
        assertThat(engine.definitionOf(r).step(r.currentStep()).actor()).isEqualTo(actor);
        engine.complete(new ActingStaff(tenant, actor + "@" + tenant.value(), actor, Set.of(actor)), id, r.version(),
                branch, null);
    }

    private SystemActionHandler createMailboxOn(MailDirectory directory) {
        return new CreateMailboxAction(new MailDirectories(directory, Map.of()), accounts,
                new MailboxIssuer(passwords, mailer, notices, renderer), tenants, audit);
    }

    private UUID requestWaitingForMailbox() {
        UUID id = engine.submit(TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id")).requestId();
        RequestRecord r = requests.find(CIREBON, id).orElseThrow();
        engine.complete(TIM, id, r.version(), "disetujui", null);
        r = requests.find(CIREBON, id).orElseThrow();
        engine.complete(TIM, id, r.version(), null, "dibuat sesuai permohonan");
        assertThat(requests.find(CIREBON, id).orElseThrow().awaitingAction()).isTrue();
        return id;
    }
}
