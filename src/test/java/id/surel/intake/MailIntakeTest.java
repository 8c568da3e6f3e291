package id.surel.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.MutableClock;
import id.surel.support.PdfFixtures;
import id.surel.support.RawSmtp;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.TestMails;
import id.surel.support.WebSession;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mail to a tenant's intake box over real SMTP and IMAP (the embedded server): hostile mails end in quarantine with
 * their reason while good mails in the same poll become drafts or requests; a mail seen twice is taken once; staff
 * complete or reject drafts, and the sender is answered every time.
 */
@SurelIntegrationTest
class MailIntakeTest {

    private static final String TENANT = "kab-morowali";

    @LocalServerPort
    int port;

    @Autowired
    MailIntakePoller poller;

    @Autowired
    IntakeMailboxes mailboxes;

    @Autowired
    IntakeMails mails;

    @Autowired
    Tenants tenants;

    @Autowired
    Requests requests;

    @Autowired
    EmbeddedMailServer server;

    Tenant tenant;
    IntakeMailbox box;

    @Autowired
    SopCatalog catalog;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        tenant = tenants.get(new TenantId(TENANT));
        box = mailboxes.forTenant(tenant).orElseThrow();
        poller.poll(tenant);
    }

    @Test
    void hostileMailsAreQuarantinedWithTheirReasonAndTheGoodOnesInTheSamePollAreTaken() throws Exception {
        String run = UUID.randomUUID().toString();
        String sender = TestApplicants.contactEmail();
        String nip = TestApplicants.nip();
        String name = TestApplicants.name();
        send(sender, TestMails.plain(sender, name, box.address(), "Permohonan akun e-mail " + run,
                "Dengan hormat,\nNama: " + name + "\nNIP: " + nip + "\nPerangkat Daerah: Dinas Kesehatan\n",
                new TestMails.File("surat.pdf", "application/pdf", PdfFixtures.letter())));
        send(sender, HostileMails.malformedMime("malformed-" + run, sender, box.address()));
        send(sender, HostileMails.hugeAttachment("huge-" + run, sender, box.address(), 30));
        send(sender, HostileMails.zipBomb("zip-" + run, sender, box.address()));
        send(sender, HostileMails.executableAsPdf("exe-" + run, sender, box.address()));
        send(sender, HostileMails.wrongCharset("latin1-" + run, sender, box.address()));
        send(sender, HostileMails.unknownCharset("klingon-" + run, sender, box.address()));
        send(sender, HostileMails.noText("notext-" + run, sender, box.address(), PdfFixtures.letter()));
        String htmlSender = TestApplicants.contactEmail();
        send(htmlSender, TestMails.html(htmlSender, "Siti Uji", box.address(), "Permohonan HTML " + run,
                "<html><head><style>p{color:red}</style></head><body><p>Nama: Siti Uji</p>"
                        + "<script>alert('rahasia-skrip')</script><p>Perangkat Daerah: BAPPEDA</p></body></html>"));

        PollResult result = poller.poll(tenant);

        assertThat(result).isEqualTo(new PollResult(2, 7));
        assertQuarantined("malformed-" + run, QuarantineReason.MALFORMED, "boundary");
        assertQuarantined("huge-" + run, QuarantineReason.TOO_LARGE, "bytes");
        assertQuarantined("zip-" + run, QuarantineReason.ARCHIVE, "dokumen.zip: application/zip");
        assertQuarantined("exe-" + run, QuarantineReason.ATTACHMENT_TYPE, "surat-permohonan.pdf: application/x-");
        assertQuarantined("latin1-" + run, QuarantineReason.CHARSET, "not valid UTF-8");
        assertQuarantined("klingon-" + run, QuarantineReason.CHARSET, "x-klingon-9");
        assertQuarantined("notext-" + run, QuarantineReason.NO_TEXT, "no text");

        List<IntakeMail> taken = mails.withStatus(tenant.id(), IntakeStatus.SUBMITTED, 500).stream()
                .filter(m -> m.subject().endsWith(run)).toList();
        assertThat(taken).singleElement().satisfies(m -> {
            assertThat(m.applicantNip()).isEqualTo(nip);
            assertThat(m.unitCode()).isEqualTo("DINKES");
            RequestRecord request = requests.find(tenant.id(), m.requestId()).orElseThrow();
            assertThat(request.applicantName()).isEqualTo(name);
            assertThat(request.contactEmail()).isEqualTo(sender);
        });
        IntakeMail html = mails.withStatus(tenant.id(), IntakeStatus.DRAFT, 500).stream()
                .filter(m -> m.subject().endsWith(run)).findFirst().orElseThrow();
        assertThat(html.body()).contains("Nama: Siti Uji").contains("Perangkat Daerah: BAPPEDA")
                .doesNotContain("rahasia-skrip").doesNotContain("color:red");
        assertThat(html.unitCode()).isEqualTo("BAPPEDA");
        assertThat(html.applicantNip()).isNull();

        assertThat(inbox(sender, "diterima")).anySatisfy(m -> assertThat(m.subject()).contains("diterima"));
        assertThat(inbox(htmlSender, "belum lengkap")).anySatisfy(m -> {
            assertThat(m.subject()).contains("belum lengkap");
            assertThat(m.body()).contains("NIP wajib diisi").contains("Surat permohonan (PDF) wajib diunggah")
                    .contains("NIP is required");
        });
        assertThat(folderSize("INBOX")).isZero();
        assertThat(folderSubjects("Surel-Karantina").stream().filter(s -> s != null).count())
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void theAdminSeesTheQuarantineWithTheReasonInBothLanguagesAndOtherStaffDoNot() throws Exception {
        String run = UUID.randomUUID().toString();
        String sender = TestApplicants.contactEmail();
        send(sender, HostileMails.executableAsPdf("page-" + run, sender, box.address()));
        poller.poll(tenant);

        WebSession admin = new WebSession(port);
        admin.login("admin@" + TENANT, "surel-demo");
        Document page = admin.get("/surel-masuk/karantina");
        assertThat(page.select("tr.quarantined").stream()
                .filter(tr -> tr.text().contains(sender)).findFirst().orElseThrow().text())
                .contains("Isi lampiran bukan PDF, JPEG atau PNG")
                .contains("surat-permohonan.pdf");
        Document english = admin.get("/surel-masuk/karantina?lang=en");
        assertThat(english.select("tr.quarantined").text()).contains("content is not PDF, JPEG or PNG");

        WebSession clerk = new WebSession(port);
        clerk.login("staf-teknis@" + TENANT, "surel-demo");
        clerk.get("/surel-masuk/karantina");
        assertThat(clerk.lastStatus()).isEqualTo(403);
        clerk.get("/surel-masuk");
        assertThat(clerk.lastStatus()).as("drafts are for the SOP's first staff role").isEqualTo(403);
    }

    @Test
    void aStaffMemberCoveringForTheFirstStepsRoleByDelegationSeesTheDrafts() throws Exception {
        String run = UUID.randomUUID().toString();
        String sender = TestApplicants.contactEmail();
        send(sender, TestMails.plain(sender, "Rina Uji", box.address(), "Tanpa NIP " + run, "Nama: Rina Uji\n"));
        poller.poll(tenant);
        IntakeMail draft = draft("Tanpa NIP " + run);
        SopDefinition definition = catalog.active(TENANT).definition();
        String firstActor = definition.step(definition.start().next()).actor();
        assertThat(firstActor).isNotEqualTo("staf-teknis");

        WebSession admin = new WebSession(port);
        admin.login("admin@" + TENANT, "surel-demo");
        Document staffPage = admin.post("/staf/delegasi", Map.of("actor", firstActor, "delegate",
                "staf-teknis@" + TENANT, "dari", "2098-06-01", "sampai", "2098-06-03", "alasan", "Dinas luar"));
        assertThat(staffPage.selectFirst("#flash-success")).as(staffPage.text()).isNotNull();
        clock.set(ZonedDateTime.of(2098, 6, 2, 9, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());

        WebSession plt = new WebSession(port);
        plt.login("staf-teknis@" + TENANT, "surel-demo");
        Document list = plt.get("/surel-masuk");
        assertThat(plt.lastStatus()).isEqualTo(200);
        assertThat(list.select("a.draft-link").eachText()).contains("Tanpa NIP " + run);
        plt.get("/surel-masuk/" + draft.id());
        assertThat(plt.lastStatus()).isEqualTo(200);
        plt.get("/surel-masuk/karantina");
        assertThat(plt.lastStatus()).as("quarantine stays the admin's").isEqualTo(403);

        clock.set(ZonedDateTime.of(2098, 6, 4, 9, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());
        plt.get("/surel-masuk");
        assertThat(plt.lastStatus()).as("after the delegation ended").isEqualTo(403);
    }

    @Test
    void aMailThatNamesItsTypeBecomesARequestOfThatTypeWithTheTypesOwnFields() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sender = TestApplicants.contactEmail();
        String event = "Festival Teluk " + run;
        send(sender, TestMails.plain(sender, "Dewi Uji", box.address(), "Akun acara " + run,
                "Jenis permohonan: Kegiatan / acara\nNama kegiatan: " + event + "\nNama: Dewi Uji\nNIP: "
                        + TestApplicants.nip() + "\nPerangkat Daerah: Dinas Kesehatan\n",
                new TestMails.File("surat.pdf", "application/pdf", PdfFixtures.letter())));
        poller.poll(tenant);

        IntakeMail mail = mails.withStatus(tenant.id(), IntakeStatus.SUBMITTED, 500).stream()
                .filter(m -> ("Akun acara " + run).equals(m.subject())).findFirst().orElseThrow();
        assertThat(mail.requestType()).isEqualTo("kegiatan");
        RequestRecord request = requests.find(tenant.id(), mail.requestId()).orElseThrow();
        assertThat(request.type()).isEqualTo("kegiatan");
        assertThat(requests.fields(tenant.id(), request.id())).containsEntry("nama-akun", event);
        assertThat(request.accountName()).isEqualTo(event);
    }

    @Test
    void aMailThatDoesNotNameItsTypeIsTheSopsFirstTypeAndStaffChangeItOnTheDraftPage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sender = TestApplicants.contactEmail();
        send(sender, TestMails.plain(sender, "Joko Uji", box.address(), "Minta email " + run,
                "Nama: Joko Uji\nPerangkat Daerah: Dinas Kesehatan\n",
                new TestMails.File("surat.pdf", "application/pdf", PdfFixtures.letter())));
        poller.poll(tenant);
        IntakeMail draft = draft("Minta email " + run);
        String firstType = catalog.active(TENANT).definition().requestTypes().get(0).id();
        assertThat(draft.requestType()).isEqualTo(firstType);

        WebSession admin = new WebSession(port);
        admin.login("admin@" + TENANT, "surel-demo");
        Document page = admin.get("/surel-masuk/" + draft.id());
        assertThat(page.selectFirst("#type-" + firstType).hasAttr("checked")).isTrue();
        Map<String, String> fields = formValues(page, "#draft-form");
        fields.put("applicantNip", TestApplicants.nip());
        fields.put("type", "kegiatan");
        Document missing = admin.submit(page, "#draft-form", fields);
        assertThat(missing.select("#problems").text()).contains("Nama kegiatan wajib diisi.");
        assertThat(missing.selectFirst("#type-kegiatan").hasAttr("checked")).isTrue();

        Map<String, String> completed = formValues(missing, "#draft-form");
        completed.put("fields[nama-akun]", "Lomba Perahu " + run);
        Document after = admin.submit(missing, "#draft-form", completed);
        assertThat(after.selectFirst("#request-status")).as(after.text()).isNotNull();
        RequestRecord request = requests.find(tenant.id(),
                mails.find(tenant.id(), draft.id()).orElseThrow().requestId()).orElseThrow();
        assertThat(request.type()).isEqualTo("kegiatan");
        assertThat(requests.fields(tenant.id(), request.id())).containsEntry("nama-akun", "Lomba Perahu " + run);
    }

    @Test
    void aMailSeenAgainAfterACrashBeforeItWasMovedIsTakenOnce() throws Exception {
        String run = UUID.randomUUID().toString();
        String sender = TestApplicants.contactEmail();
        send(sender, TestMails.plain(sender, "Agus Uji", box.address(), "Sekali saja " + run,
                "Nama: Agus Uji\nPerangkat Daerah: Dinas Kesehatan\n"));
        assertThat(poller.poll(tenant)).isEqualTo(new PollResult(1, 0));
        // As if the node died after the draft was stored but before the mail left the inbox: put it back.
        copyBack("Surel-Diproses", "Sekali saja " + run);

        assertThat(poller.poll(tenant)).isEqualTo(new PollResult(1, 0));

        assertThat(mails.withStatus(tenant.id(), IntakeStatus.DRAFT, 500))
                .filteredOn(m -> m.subject().equals("Sekali saja " + run)).hasSize(1);
        assertThat(inbox(sender, "belum lengkap")).filteredOn(m -> m.subject().contains("belum lengkap")).hasSize(1);
    }

    @Test
    void staffCompleteADraftAndSubmitItOrRejectItWithAReasonAndTheSenderIsTold() throws Exception {
        String run = UUID.randomUUID().toString();
        String sender = TestApplicants.contactEmail();
        String rejectedSender = TestApplicants.contactEmail();
        String name = TestApplicants.name();
        send(sender, TestMails.plain(sender, name, box.address(), "Minta akun " + run,
                "Nama: " + name + "\nSaya dari dinas kesehatan.\n",
                new TestMails.File("surat.pdf", "application/pdf", PdfFixtures.letter())));
        send(rejectedSender, TestMails.plain(rejectedSender, "Iklan", box.address(), "Promo " + run, "Beli sekarang"));
        poller.poll(tenant);
        IntakeMail draft = draft("Minta akun " + run);
        IntakeMail spam = draft("Promo " + run);
        assertThat(draft.unitCode()).isEqualTo("DINKES");

        WebSession admin = new WebSession(port);
        admin.login("admin@" + TENANT, "surel-demo");
        Document list = admin.get("/surel-masuk");
        assertThat(list.select("a.draft-link").eachText()).contains("Minta akun " + run, "Promo " + run);
        Document page = admin.get("/surel-masuk/" + draft.id());
        assertThat(page.select("#problems").text()).contains("NIP wajib diisi");
        String nip = TestApplicants.nip();
        Map<String, String> fields = formValues(page, "#draft-form");
        fields.put("applicantNip", nip);
        Document after = admin.submit(page, "#draft-form", fields);
        assertThat(after.selectFirst("#request-status")).as(after.text()).isNotNull();
        IntakeMail submitted = mails.find(tenant.id(), draft.id()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(IntakeStatus.SUBMITTED);
        assertThat(submitted.decidedBy()).isEqualTo("admin@" + TENANT);
        RequestRecord request = requests.find(tenant.id(), submitted.requestId()).orElseThrow();
        assertThat(request.applicantNip()).isEqualTo(nip);
        assertThat(inbox(sender, request.trackingNumber()))
                .anySatisfy(m -> assertThat(m.subject()).contains(request.trackingNumber()));

        Document spamPage = admin.get("/surel-masuk/" + spam.id());
        Document refused = admin.submit(spamPage, "#reject-form", Map.of("reason", ""));
        assertThat(refused.select("#flash-problem").text()).contains("alasan");
        spamPage = admin.get("/surel-masuk/" + spam.id());
        admin.submit(spamPage, "#reject-form", Map.of("reason", "Bukan permohonan akun"));
        assertThat(mails.find(tenant.id(), spam.id()).orElseThrow().status()).isEqualTo(IntakeStatus.REJECTED);
        assertThat(inbox(rejectedSender, "ditolak")).anySatisfy(m -> {
            assertThat(m.subject()).contains("ditolak");
            assertThat(m.body()).contains("Alasan: Bukan permohonan akun");
        });
    }

    /** What a browser would post: no unchecked radio, nothing inside a disabled fieldset. */
    private static Map<String, String> formValues(Document page, String selector) {
        Map<String, String> values = new java.util.HashMap<>();
        for (var field : page.select(selector + " input[name], " + selector + " select[name]")) {
            if (field.attr("type").equals("radio") && !field.hasAttr("checked")
                    || field.parents().stream().anyMatch(p -> p.tagName().equals("fieldset") && p.hasAttr("disabled"))) {
                continue;
            }
            values.put(field.attr("name"), field.tagName().equals("select")
                    ? field.select("option[selected]").stream().findFirst()
                            .or(() -> field.select("option").stream().filter(o -> !o.val().isEmpty()).findFirst())
                            .map(o -> o.val()).orElse("")
                    : field.val());
        }
        return values;
    }

    private IntakeMail draft(String subject) {
        return mails.withStatus(tenant.id(), IntakeStatus.DRAFT, 500).stream()
                .filter(m -> subject.equals(m.subject())).findFirst().orElseThrow();
    }

    private void assertQuarantined(String id, QuarantineReason reason, String detail) {
        IntakeMail mail = mails.findByMessageId(tenant.id(), "<" + id + "@uji.test>").orElseThrow();
        assertThat(mail.status()).as(id).isEqualTo(IntakeStatus.QUARANTINED);
        assertThat(mail.reason()).as(id).isEqualTo(reason.name());
        assertThat(mail.reasonDetail()).as(id).contains(detail);
        assertThat(mail.body()).as(id).isNull();
    }

    private void send(String from, byte[] raw) throws Exception {
        RawSmtp.send(server.host(), server.smtpPort(), from, box.address(), raw);
    }

    private List<Mail> inbox(String address, String waitFor) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> list = MailboxReader.inbox(server.host(), server.imapPort(), address, address);
            if (list.stream().anyMatch(m -> m.subject().contains(waitFor)) || Instant.now().isAfter(deadline)) {
                return list;
            }
            Thread.sleep(100);
        }
    }

    private int folderSize(String name) throws Exception {
        try (Store store = store()) {
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            int count = folder.getMessageCount();
            folder.close(false);
            return count;
        }
    }

    private List<String> folderSubjects(String name) throws Exception {
        try (Store store = store()) {
            Folder folder = store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            List<String> subjects = new java.util.ArrayList<>();
            for (Message m : folder.getMessages()) {
                subjects.add(m.getSubject());
            }
            folder.close(false);
            return subjects;
        }
    }

    private void copyBack(String from, String subject) throws Exception {
        try (Store store = store()) {
            Folder folder = store.getFolder(from);
            folder.open(Folder.READ_WRITE);
            for (Message m : folder.getMessages()) {
                if (subject.equals(m.getSubject())) {
                    folder.copyMessages(new Message[] {m}, store.getFolder("INBOX"));
                }
            }
            folder.close(false);
        }
    }

    private Store store() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(box.host(), box.port(), box.username(), box.password());
        return store;
    }
}
