package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.journey.JourneyDriver.Decisions;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailAccounts;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.PdfFixtures;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request sent back for a missing document: staff ask for it on the verification step (the clock stops), the
 * applicant is e-mailed a private link, uploads it on the tracking page (a renamed executable is refused first), the
 * request resumes and ends with a mailbox.
 */
@SurelIntegrationTest
class SendBackJourneyTest {

    private static final String TENANT = "kota-cirebon";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/lacak/[A-Za-z0-9_-]+)");

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
    JdbcClient jdbc;

    @Test
    void aRequestSentBackForAMissingDocumentIsCompletedThroughTheTrackingLinkAndFinished() throws Exception {
        JourneyDriver driver = new JourneyDriver(port, requests, engine);
        Map<String, String> form = new HashMap<>();
        form.put("type", "pribadi");
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", "DKIS");
        form.put("contactEmail", TestApplicants.contactEmail());
        String trackingNumber = driver.submit(TENANT, form).selectFirst("#tracking-number").text();
        RequestRecord submitted = requests.findByTrackingNumber(new TenantId(TENANT), trackingNumber).orElseThrow();

        // The verifier sees the checklist and sends the request back for a signed letter.
        WebSession staff = new WebSession(port);
        staff.login("tim-pengelola@" + TENANT, JourneyDriver.DEMO_PASSWORD);
        Document page = staff.get("/permohonan/" + submitted.id());
        assertThat(page.selectFirst("#check-surat-permohonan").text()).contains("✓").contains("Surat permohonan (PDF)");
        Document sentBack = staff.submit(page, "#send-back-form",
                Map.of("dokumen", "surat-permohonan", "note", "Surat belum ditandatangani kepala perangkat daerah"));
        assertThat(sentBack.selectFirst("#flash-success").text()).startsWith("Permohonan dikembalikan");
        assertThat(sentBack.selectFirst("#asked-documents").text()).contains("Surat permohonan (PDF)");
        assertThat(sentBack.selectFirst("#send-back-form")).as("no second send-back while waiting").isNull();
        RequestRecord paused = requests.find(submitted.tenantId(), submitted.id()).orElseThrow();
        assertThat(paused.paused()).isTrue();
        assertThat(paused.askedDocuments()).containsExactly("surat-permohonan");

        // The applicant gets the request with a private link, in Indonesian and English.
        Mail asked = awaitMail(form.get("contactEmail"), "dokumen perlu dilengkapi");
        assertThat(asked.subject()).contains(trackingNumber).contains("documents needed");
        assertThat(asked.body()).contains("Surat permohonan (PDF) / Request letter (PDF)")
                .contains("Surat belum ditandatangani kepala perangkat daerah");
        Matcher link = LINK.matcher(asked.body());
        assertThat(link.find()).isTrue();
        String path = link.group(1).substring(link.group(1).indexOf("/lacak/"));

        WebSession english = new WebSession(port);
        english.get("/?lang=en");
        Document englishPage = english.get(path);
        assertThat(englishPage.selectFirst("#asked h2").text()).isEqualTo("What is asked of you");
        assertThat(englishPage.selectFirst("label[for=hand-in-surat-permohonan]").text())
                .isEqualTo("Request letter (PDF)");

        WebSession applicant = new WebSession(port);
        Document tracking = applicant.get(path);
        assertThat(tracking.selectFirst("#tracking-number").text()).isEqualTo(trackingNumber);
        assertThat(tracking.selectFirst("#asked h2").text()).isEqualTo("Yang diminta dari Anda");
        assertThat(tracking.selectFirst("#asked-note").text()).contains("belum ditandatangani");
        assertThat(tracking.select("#timeline tr[data-state=CURRENT] td:nth-child(4)").eachText())
                .as("time standard of the step waiting on the applicant").containsExactly("30 Menit");

        // A renamed executable is refused by its content; nothing moves.
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        Document refused = applicant.submit(tracking, "#hand-in-form", Map.of(), "documents[surat-permohonan]",
                executable, "surat-bertanda-tangan.pdf");
        assertThat(refused.selectFirst("#hand-in-surat-permohonan ~ .invalid-feedback").text())
                .startsWith("Surat permohonan (PDF): berkas ini berjenis application/x-");
        assertThat(requests.find(submitted.tenantId(), submitted.id()).orElseThrow().paused()).isTrue();

        // The signed letter: stored with the request, the clock runs again.
        Document done = applicant.submit(tracking, "#hand-in-form", Map.of(), "documents[surat-permohonan]",
                PdfFixtures.letter(), "surat-bertanda-tangan.pdf");
        assertThat(done.selectFirst("#handed-in").text()).startsWith("Terima kasih");
        assertThat(done.selectFirst("#asked")).isNull();
        RequestRecord resumed = requests.find(submitted.tenantId(), submitted.id()).orElseThrow();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.askedDocuments()).isEmpty();
        assertThat(requests.documents(submitted.tenantId(), submitted.id()))
                .extracting(d -> d.fileName() + " by " + d.uploadedBy())
                .containsExactly("surat-permohonan.pdf by pemohon", "surat-bertanda-tangan.pdf by pemohon");
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by position")
                .param(trackingNumber).query(String.class).list())
                .containsSubsequence("request.submitted", "documents.asked", "documents.received");
        Document checklist = staff.get("/permohonan/" + submitted.id());
        assertThat(checklist.select("#check-surat-permohonan a.handed-in").eachText())
                .containsExactly("surat-permohonan.pdf", "surat-bertanda-tangan.pdf");

        RequestRecord finished = driver.walk(TENANT, trackingNumber, Decisions.APPROVE_ALL);
        assertThat(finished.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(accounts.forRequest(TENANT, finished.id())).isPresent();
    }

    @Test
    void aLinkWithNothingAskedRefusesAnUpload() {
        JourneyDriver driver = new JourneyDriver(port, requests, engine);
        Map<String, String> form = new HashMap<>();
        form.put("type", "pribadi");
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", "DKIS");
        form.put("contactEmail", TestApplicants.contactEmail());
        Document tracking = driver.submit(TENANT, form);
        assertThat(tracking.selectFirst("#asked")).isNull();
        String path = tracking.selectFirst("#tracking-link").text();
        path = path.substring(path.indexOf("/lacak/"));
        WebSession applicant = new WebSession(port);
        String csrf = applicant.get("/layanan/" + TENANT + "/permohonan").selectFirst("input[name=_csrf]").val();
        Document page = applicant.get(path);
        page.body().appendElement("form").attr("id", "forged").attr("action", path + "/dokumen")
                .appendElement("input").attr("type", "hidden").attr("name", "_csrf").val(csrf);
        Document after = applicant.submit(page, "#forged", Map.of("version", "0"), "documents[surat-permohonan]",
                PdfFixtures.letter(), "x.pdf");
        assertThat(after.selectFirst("#hand-in-problem").text()).isEqualTo("Saat ini tidak ada dokumen yang diminta dari Anda.");
        String number = tracking.selectFirst("#tracking-number").text();
        RequestRecord request = requests.findByTrackingNumber(new TenantId(TENANT), number).orElseThrow();
        assertThat(requests.documents(request.tenantId(), request.id())).hasSize(1);
    }

    private Mail awaitMail(String contactEmail, String subjectPart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contactEmail, contactEmail);
            for (Mail m : mails) {
                if (m.subject().contains(subjectPart)) {
                    return m;
                }
            }
            assertThat(Instant.now()).as("mail '%s' to %s", subjectPart, contactEmail).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
