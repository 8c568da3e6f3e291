package id.surel.request;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.audit.AuditEntry;
import id.surel.audit.AuditLog;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.MutableClock;
import id.surel.support.PdfFixtures;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.WebSession;
import id.surel.support.WebSession.Upload;
import id.surel.tenant.TenantId;
import id.surel.workflow.HandedInDocument;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-in desk over HTTP: Kota Batam's SOP names its Petugas Pengelola Data Akun Email as clerk, who enters an
 * applicant's request with the scan of the signed paper form; everyone else is turned away, and a bad scan is named.
 */
@SurelIntegrationTest
class ClerkIntakeTest {

    private static final String TENANT = "kota-batam";
    private static final TenantId BATAM = new TenantId(TENANT);
    private static final String CLERK = "petugas-pengelola-akun@kota-batam";
    private static final String SCAN = "paperForm";
    private static final String LETTER = "documents[surat-permohonan]";

    @LocalServerPort
    int port;

    @Autowired
    Requests requests;

    @Autowired
    SopCatalog catalog;

    @Autowired
    AuditLog audit;

    @Autowired
    EmbeddedMailServer server;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aClerkEntersAWalkInRequestWithTheScanAndItStartsOnTheSopsFirstStepAsEnteredByThem() throws Exception {
        WebSession clerk = login(CLERK);
        Map<String, String> form = validForm();
        Document desk = clerk.get("/loket");
        assertThat(desk.selectFirst("#nav-clerk")).as("the desk is in the clerk's navigation").isNotNull();
        assertThat(desk.selectFirst("#clerk-note")).isNotNull();

        Document done = clerk.submitFiles(desk, "#request-form", form,
                List.of(new Upload(LETTER, "surat.pdf", PdfFixtures.letter()), new Upload(SCAN, "formulir.png", png())));

        String trackingNumber = done.selectFirst("#entered-number").text();
        assertThat(done.selectFirst("#entered").text()).contains(form.get("applicantName"));
        assertThat(done.selectFirst("#request-form").hasClass("d-print-none")).as("the receipt prints alone").isTrue();
        RequestRecord request = requests.findByTrackingNumber(BATAM, trackingNumber).orElseThrow();
        SopDefinition definition = catalog.active(TENANT).definition();
        assertThat(request.currentStep()).isEqualTo(definition.start().next());
        assertThat(request.applicantNip()).isEqualTo(form.get("applicantNip").replace(" ", ""));
        HistoryEntry submitted = requests.history(BATAM, request.id()).get(0);
        assertThat(submitted.stepId()).isEqualTo(definition.start().id());
        assertThat(submitted.completedBy()).isEqualTo(CLERK);
        assertThat(audit.search(TENANT, trackingNumber, 20)).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("request.entered", CLERK));

        List<HandedInDocument> files = requests.documents(BATAM, request.id());
        assertThat(files).extracting(HandedInDocument::requirementId, HandedInDocument::contentType)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("surat-permohonan", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("formulir-loket", "image/png"));
        assertThat(requests.letter(BATAM, request.id()).orElseThrow().content())
                .as("the request letter is still the letter, not the scan").isEqualTo(PdfFixtures.letter());

        WebSession reviewer = login("kepala-bidang-egov@kota-batam");
        Document page = reviewer.get("/permohonan/" + request.id());
        assertThat(page.selectFirst("#entered-by").text())
                .isEqualTo("Dientri oleh petugas loket Petugas Pengelola Data Akun Email");
        assertThat(page.select("#check-formulir-loket a.handed-in").eachText()).containsExactly("formulir.png");
        assertThat(page.select("#check-formulir-loket strong").text())
                .isEqualTo("Pindaian formulir kertas bertanda tangan");
        assertThat(page.selectFirst("#check-surat-permohonan a.handed-in")).isNotNull();

        Mail receipt = waitForMail(form.get("contactEmail"), trackingNumber);
        assertThat(receipt.body()).contains("/lacak/");
    }

    @Test
    void staffWhoHoldNoClerkRoleGetForbiddenAndNoDeskInTheirNavigation() {
        for (String username : List.of("kepala-bidang-egov@kota-batam", "admin@kota-batam",
                "ketua-tim-aplikasi@kota-bogor")) {
            WebSession staff = login(username);
            assertThat(staff.get("/kotak-masuk").selectFirst("#nav-clerk")).as(username).isNull();
            staff.get("/loket");
            assertThat(staff.lastStatus()).as(username).isEqualTo(403);
            staff.post("/loket", validForm());
            assertThat(staff.lastStatus()).as(username).isEqualTo(403);
        }
    }

    @Test
    void aStaffMemberCoveringForTheClerkByDelegationMayUseTheDesk() {
        WebSession admin = login("admin@kota-batam");
        Document staffPage = admin.post("/staf/delegasi", Map.of("actor", "petugas-pengelola-akun", "delegate",
                "kepala-bidang-egov@kota-batam", "dari", "2098-05-04", "sampai", "2098-05-06", "alasan",
                "Petugas loket cuti"));
        assertThat(staffPage.selectFirst("#flash-success")).as(staffPage.text()).isNotNull();
        clock.set(ZonedDateTime.of(2098, 5, 5, 10, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());
        WebSession plt = login("kepala-bidang-egov@kota-batam");
        Document desk = plt.get("/loket");
        assertThat(plt.lastStatus()).isEqualTo(200);
        assertThat(desk.selectFirst("#nav-clerk")).isNotNull();
        clock.set(ZonedDateTime.of(2098, 5, 7, 10, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());
        plt.get("/loket");
        assertThat(plt.lastStatus()).as("after the delegation ended").isEqualTo(403);
    }

    @Test
    void aMissingScanIsNamedNextToItsFieldInBothLanguagesAndNothingIsStored() {
        Map<String, String> form = validForm();
        WebSession clerk = login(CLERK);
        Document page = clerk.submitFiles(clerk.get("/loket"), "#request-form", form,
                List.of(new Upload(LETTER, "surat.pdf", PdfFixtures.letter())));
        assertThat(fieldError(page, SCAN)).isEqualTo("Pindaian formulir kertas bertanda tangan wajib diunggah.");
        assertThat(page.selectFirst("#applicantName").val()).isEqualTo(form.get("applicantName"));
        assertThat(page.selectFirst("#entered")).isNull();

        clerk.get("/loket?lang=en");
        Document english = clerk.submitFiles(clerk.get("/loket"), "#request-form", form,
                List.of(new Upload(LETTER, "surat.pdf", PdfFixtures.letter())));
        assertThat(fieldError(english, SCAN)).isEqualTo("Scan of the signed paper form must be uploaded.");
        assertThat(requests.openOwners(BATAM, Set.of("nip:" + form.get("applicantNip").replace(" ", ""))))
                .as("nothing half-stored").isEmpty();
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAsTheScanByItsContent() {
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        Map<String, String> form = validForm();
        WebSession clerk = login(CLERK);
        Document page = clerk.submitFiles(clerk.get("/loket"), "#request-form", form,
                List.of(new Upload(LETTER, "surat.pdf", PdfFixtures.letter()), new Upload(SCAN, "formulir.pdf",
                        executable)));
        assertThat(fieldError(page, SCAN)).startsWith("Pindaian formulir kertas bertanda tangan: berkas ini berjenis "
                + "application/x-").endsWith("yang diterima hanya application/pdf, image/jpeg, image/png.");
        assertThat(requests.openOwners(BATAM, Set.of("nip:" + form.get("applicantNip").replace(" ", ""))))
                .isEmpty();
    }

    @Test
    void aClerkEntersRequestsOnlyForTheirOwnGovernmentAndOthersCannotSeeThem() throws IOException {
        Map<String, String> form = validForm();
        form.put("unitCode", "DISKOMINFOSP");
        WebSession clerk = login(CLERK);
        Document refused = clerk.submitFiles(clerk.get("/loket"), "#request-form", form,
                List.of(new Upload(LETTER, "surat.pdf", PdfFixtures.letter()), new Upload(SCAN, "f.png", png())));
        assertThat(fieldError(refused, "unitCode")).as("Morowali's agency").isEqualTo("Pilih perangkat daerah dari daftar.");

        Map<String, String> good = validForm();
        Document done = clerk.submitFiles(clerk.get("/loket"), "#request-form", good,
                List.of(new Upload(LETTER, "surat.pdf", PdfFixtures.letter()), new Upload(SCAN, "f.png", png())));
        RequestRecord request = requests.findByTrackingNumber(BATAM, done.selectFirst("#entered-number").text())
                .orElseThrow();
        long scanId = requests.documents(BATAM, request.id()).stream()
                .filter(d -> d.requirementId().equals("formulir-loket")).findFirst().orElseThrow().id();
        WebSession other = login("ketua-tim-aplikasi@kota-bogor");
        other.get("/permohonan/" + request.id());
        assertThat(other.lastStatus()).isEqualTo(404);
        other.download("/permohonan/" + request.id() + "/berkas/" + scanId);
        assertThat(other.lastStatus()).isEqualTo(404);
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        session.login(username, "surel-demo");
        return session;
    }

    private static Map<String, String> validForm() {
        Map<String, String> form = new HashMap<>();
        form.put("type", "pribadi");
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", "BAPENDA");
        form.put("contactEmail", TestApplicants.contactEmail());
        return form;
    }

    private static String fieldError(Document page, String field) {
        var input = page.selectFirst("[name=\"" + field + "\"]");
        assertThat(input).as("field " + field + " on:\n" + page.text()).isNotNull();
        return input.parent().select(".invalid-feedback").text();
    }

    /** A small scanned page as PNG. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Mail waitForMail(String address, String subjectPart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<Mail> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            seen = MailboxReader.inbox(server.host(), server.imapPort(), address, address);
            for (Mail mail : seen) {
                if (mail.subject().contains(subjectPart)) {
                    return mail;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail with " + subjectPart + " for " + address + "; saw " + seen);
    }
}
