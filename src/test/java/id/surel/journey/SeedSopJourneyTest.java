package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.journey.JourneyDriver.Decisions;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailAccounts;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.support.MailboxReader;
import id.surel.support.PdfFixtures;
import id.surel.support.WebSession;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import jakarta.mail.AuthenticationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One journey per seed SOP, over HTTP from the public form to a mailbox the applicant logs in to over IMAP, plus the
 * rejection branches. Every human step is done by a staff member holding that step's actor role.
 */
@SurelIntegrationTest
class SeedSopJourneyTest {

    private static final Pattern PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    Requests requests;

    @Autowired
    RequestEngine engine;

    @Autowired
    MailAccounts accounts;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    MailDirectory directory;

    @Autowired
    JdbcClient jdbc;

    JourneyDriver driver;

    private String lastPassword;

    @BeforeEach
    void setUp() {
        driver = new JourneyDriver(port, requests, engine);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void bogorAgencyRequestPassesEveryActorAndEndsWithAMailboxTheApplicantCanOpen(CapturedOutput output)
            throws Exception {
        RequestRecord done = approvedJourney("kota-bogor", "DISKOMINFO", "kotabogor.go.id");
        String password = lastPassword;
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(output.getAll()).as("logs").doesNotContain(password);
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema()")
                .query(String.class).list();
        assertThat(tables).contains("request", "request_step", "outbox_job", "mail_account");
        for (String table : tables) {
            long hits = jdbc.sql("select count(*) from \"" + table + "\" t where t::text like ?")
                    .param("%" + password + "%").query(Long.class).single();
            assertThat(hits).as("rows of %s holding the generated password", table).isZero();
        }
        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void batamActivityAccountIsCreatedAfterVerification() throws Exception {
        Map<String, String> form = personalForm("BAPENDA");
        form.put("type", "kegiatan");
        form.put("fields[nama-akun]", "Batam Expo " + TestApplicants.nip().substring(12));
        RequestRecord done = runJourney("kota-batam", form, Decisions.APPROVE_ALL);
        assertApprovedWithWorkingMailbox(done, form.get("contactEmail"), "batam.go.id");
        assertThat(done.ownerKey()).startsWith("event:batam.expo.");
    }

    @Test
    void morowaliRequestWithRoomOnTheServerIsApprovedAndCounted() throws Exception {
        RequestRecord done = approvedJourney("kab-morowali", "DINKES", "morowalikab.go.id");
        assertThat(requests.history(done.tenantId(), done.id()))
                .extracting(HistoryEntry::note)
                .anySatisfy(note -> assertThat(note).contains("Jumlah akun aktif"));
    }

    @Test
    void morowaliCapacityNoEndsRejectedWithoutAMailboxAndTellsTheApplicant() throws Exception {
        rejectedJourney("kab-morowali", "BAPPEDA");
    }

    @Test
    void cirebonPersonalRequestIsVerifiedAndTheMailboxWorksAndASecondRequestIsStopped() throws Exception {
        Map<String, String> form = personalForm("DKIS");
        RequestRecord done = runJourney("kota-cirebon", form, Decisions.APPROVE_ALL);
        assertApprovedWithWorkingMailbox(done, form.get("contactEmail"), "cirebonkota.go.id");

        form.put("proposedLocalPart", "kedua." + done.trackingNumber().toLowerCase().replace("-", "."));
        WebSession applicant = new WebSession(port);
        Document page = applicant.submit(applicant.get("/layanan/kota-cirebon/permohonan"),
                "form[enctype=multipart/form-data]", form, "documents[surat-permohonan]", PdfFixtures.letter());
        assertThat(page.selectFirst("#tracking-number")).isNull();
        assertThat(page.select(".invalid-feedback").text())
                .contains("sudah memiliki akun aktif: " + done.proposedAddress());
    }

    @Test
    void cirebonNotApprovedEndsRejectedWithoutAMailboxAndTellsTheApplicant() throws Exception {
        rejectedJourney("kota-cirebon", "DINKES");
    }

    private RequestRecord approvedJourney(String tenant, String unit, String domain) throws Exception {
        Map<String, String> form = personalForm(unit);
        RequestRecord done = runJourney(tenant, form, Decisions.APPROVE_ALL);
        assertApprovedWithWorkingMailbox(done, form.get("contactEmail"), domain);
        return done;
    }

    private void rejectedJourney(String tenant, String unit) throws Exception {
        Map<String, String> form = personalForm(unit);
        RequestRecord done = runJourney(tenant, form, Decisions.REJECT_FIRST);
        assertThat(done.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(accounts.forRequest(tenant, done.id())).isEmpty();
        assertThat(directory.find(EmailAddress.of(done.proposedAddress()))).isEmpty();
        List<Mail> contactMail = contactInbox(form.get("contactEmail"), "tidak disetujui");
        assertThat(contactMail).anySatisfy(m -> {
            assertThat(m.subject()).contains(done.trackingNumber()).contains("tidak disetujui");
            assertThat(m.body()).contains("Alasan: Diputuskan pada pengujian perjalanan");
        });
    }

    private RequestRecord runJourney(String tenant, Map<String, String> form, Decisions decisions) throws Exception {
        Document tracking = driver.submit(tenant, form);
        String trackingNumber = tracking.selectFirst("#tracking-number").text();
        assertThat(tracking.selectFirst("#submitted")).isNotNull();
        String link = tracking.selectFirst("#tracking-link").text();
        assertThat(link).startsWith("http://").contains("/lacak/");
        List<Mail> receipt = contactInbox(form.get("contactEmail"), link);
        assertThat(receipt).anySatisfy(m -> {
            assertThat(m.subject()).contains(trackingNumber);
            assertThat(m.body()).contains(link);
        });
        RequestRecord done = driver.walk(tenant, trackingNumber, decisions);
        assertEveryHumanStepDoneByItsRole(done);
        return done;
    }

    private void assertEveryHumanStepDoneByItsRole(RequestRecord request) {
        SopDefinition definition = engine.definitionOf(request);
        List<HistoryEntry> history = requests.history(request.tenantId(), request.id());
        assertThat(history.get(0).stepId()).isEqualTo(definition.start().id());
        assertThat(history.get(history.size() - 1).stepId())
                .satisfies(id -> assertThat(definition.step(id).kind()).isEqualTo(StepKind.END));
        for (HistoryEntry entry : history) {
            Step step = definition.step(entry.stepId());
            if (step.isHumanStep()) {
                assertThat(entry.completedBy()).as("who did %s", step.id())
                        .isEqualTo(step.actor() + "@" + request.tenantId().value());
            }
        }
    }

    private void assertApprovedWithWorkingMailbox(RequestRecord done, String contactEmail, String domain)
            throws Exception {
        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(done.proposedAddress()).endsWith("@" + domain);
        assertThat(accounts.forRequest(done.tenantId().value(), done.id()))
                .hasValueSatisfying(a -> assertThat(a.credentialDeliveredAt()).isNotNull());

        List<Mail> contactMail = contactInbox(contactEmail, "Kata sandi awal");
        Mail credential = contactMail.stream().filter(m -> m.body().contains("Kata sandi awal")).findFirst().orElseThrow();
        Matcher m = PASSWORD.matcher(credential.body());
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        lastPassword = password;

        List<Mail> inbox = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), done.proposedAddress(), password);
        assertThat(inbox).anySatisfy(mail -> assertThat(mail.subject()).contains("Selamat datang"));
        assertThatThrownBy(() -> MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), done.proposedAddress(),
                password + "x")).isInstanceOf(AuthenticationFailedException.class);
    }

    /** The applicant's own (external) mailbox; the embedded server keeps mail for any recipient. */
    private List<Mail> contactInbox(String contactEmail, String waitFor) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contactEmail, contactEmail);
            if (mails.stream().anyMatch(m -> m.body().contains(waitFor) || m.subject().contains(waitFor))
                    || Instant.now().isAfter(deadline)) {
                return mails;
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, String> personalForm(String unit) {
        Map<String, String> form = new HashMap<>();
        form.put("type", "pribadi");
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", unit);
        form.put("contactEmail", TestApplicants.contactEmail());
        return form;
    }
}
