package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.journey.JourneyDriver.Decisions;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailPolicies;
import id.surel.mailbox.MailPolicy;
import id.surel.sop.SopCatalog;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Morowali's SOP (seed version 2) asks the mail server for its daya tampung before the Kabid decides: with room the
 * Kabid sees the figures and decides; when full the request takes the SOP's "Tidak" path and the applicant is told.
 */
@SurelIntegrationTest
class CapacityJourneyTest {

    private static final String MOROWALI = "kab-morowali";

    @LocalServerPort
    int port;

    @Autowired
    Requests requests;

    @Autowired
    RequestEngine engine;

    @Autowired
    MailPolicies policies;

    @Autowired
    MailDirectory directory;

    @Autowired
    MailAccounts accounts;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    SopCatalog catalog;

    MailPolicy shipped;
    JourneyDriver driver;

    @BeforeEach
    void setUp() {
        shipped = policies.forTenant(MOROWALI);
        driver = new JourneyDriver(port, requests, engine);
    }

    @AfterEach
    void restorePolicy() {
        policies.save(MOROWALI, shipped);
    }

    @Test
    void theSeedLoaderRunsMorowaliOnTheVersionThatChecksCapacity() {
        assertThat(catalog.active(MOROWALI).definition().version()).isEqualTo(2);
        assertThat(catalog.active(MOROWALI).sourceName()).isEqualTo("sop/kab-morowali/penerbitan-email-v2.yaml");
    }

    @Test
    void aFullServerTakesTheNoBranchWithoutAMailboxAndTheApplicantIsTold() throws Exception {
        long used = directory.capacity("morowalikab.go.id").used();
        policies.save(MOROWALI, shipped.withCapacity(100, (int) used));
        Map<String, String> form = form();

        RequestRecord done = walk(form, Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.REJECTED);
        List<HistoryEntry> history = requests.history(done.tenantId(), done.id());
        assertThat(history).filteredOn(h -> h.stepId().equals("periksa-daya-tampung")).singleElement()
                .satisfies(h -> {
                    assertThat(h.branchId()).isEqualTo("penuh");
                    assertThat(h.note()).contains(used + " dari " + used + " kotak surat terpakai").contains("penuh");
                });
        assertThat(history).extracting(HistoryEntry::stepId)
                .doesNotContain("pertimbangkan-daya-tampung", "buat-akun");
        assertThat(accounts.forRequest(MOROWALI, done.id())).isEmpty();
        assertThat(directory.find(EmailAddress.of(done.proposedAddress()))).isEmpty();
        assertThat(contactInbox(form.get("contactEmail"), "tidak disetujui")).anySatisfy(m -> {
            assertThat(m.subject()).contains(done.trackingNumber()).contains("tidak disetujui");
            assertThat(m.body()).contains("penuh");
        });
    }

    @Test
    void withRoomTheKabidSeesTheFiguresAndDecides() throws Exception {
        long used = directory.capacity("morowalikab.go.id").used();
        policies.save(MOROWALI, shipped.withCapacity(100, (int) used + 1000));
        RequestRecord request = requests.findByTrackingNumber(new TenantId(MOROWALI),
                driver.submit(MOROWALI, form()).selectFirst("#tracking-number").text()).orElseThrow();
        WebSession kadis = new WebSession(port);
        kadis.login("kepala-dinas@kab-morowali", JourneyDriver.DEMO_PASSWORD);
        kadis.submit(kadis.get("/permohonan/" + request.id()), "#step-form", Map.of("note", "Diteruskan"));

        RequestRecord atKabid = awaitStep(request, "pertimbangkan-daya-tampung");
        WebSession kabid = new WebSession(port);
        kabid.login("kabid-persandian@kab-morowali", JourneyDriver.DEMO_PASSWORD);
        Document page = kabid.get("/permohonan/" + atKabid.id());
        assertThat(page.selectFirst("#system-check").text())
                .contains("dari " + (used + 1000) + " kotak surat terpakai").contains("tersedia");
        assertThat(page.select("#step-form button[name=branch]").eachAttr("value")).containsExactly("ya", "tidak");
    }

    private RequestRecord walk(Map<String, String> form, Decisions decisions) {
        Document tracking = driver.submit(MOROWALI, form);
        return driver.walk(MOROWALI, tracking.selectFirst("#tracking-number").text(), decisions);
    }

    private RequestRecord awaitStep(RequestRecord request, String stepId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            RequestRecord now = requests.find(request.tenantId(), request.id()).orElseThrow();
            if (now.currentStep().equals(stepId) || Instant.now().isAfter(deadline)) {
                assertThat(now.currentStep()).isEqualTo(stepId);
                return now;
            }
            Thread.sleep(100);
        }
    }

    private List<Mail> contactInbox(String contactEmail, String waitFor) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contactEmail, contactEmail);
            if (mails.stream().anyMatch(m -> m.subject().contains(waitFor)) || Instant.now().isAfter(deadline)) {
                return mails;
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, String> form() {
        return new HashMap<>(Map.of("type", "PERSONAL", "applicantName", TestApplicants.name(),
                "applicantNip", TestApplicants.nip(), "unitCode", "DINKES",
                "contactEmail", TestApplicants.contactEmail()));
    }
}
