package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.journey.JourneyDriver.Decisions;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailAccount;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectories;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.PdfFixtures;
import id.surel.support.StaffLists;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.support.WebSession.Upload;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Bogor agency sends one letter and an XLSX of 200 staff, five of them bad in five different ways: the report names
 * those five with their reasons, the request passes Bogor's SOP once (one disposition for the whole batch), and the
 * other 195 get mailboxes their owners can open.
 */
@SurelIntegrationTest
class BulkJourneyTest {

    private static final Pattern PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");
    private static final String FORMULA = "=cmd|' /C calc'!A0";

    @LocalServerPort
    int port;

    @Autowired
    Requests requests;

    @Autowired
    RequestEngine engine;

    @Autowired
    MailAccounts accounts;

    @Autowired
    MailDirectories directories;

    @Autowired
    EmbeddedMailServer mailServer;

    @Test
    void bogorBatchOf200WithFiveBadRowsReportsThemAndProvisionsTheOther195() throws Exception {
        String alreadyServed = personWithAnAccount();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(new ArrayList<>(StaffLists.validRow()));
        }
        rows.get(10).set(1, "19731327 200012 1 006");
        rows.get(50).set(1, rows.get(0).get(1));
        rows.get(90).set(1, alreadyServed);
        rows.get(130).set(0, FORMULA);
        rows.get(170).set(0, "");
        Map<String, String> form = agencyForm();

        WebSession agency = new WebSession(port);
        Document report = agency.submitFiles(agency.get("/layanan/kota-bogor/kolektif"), "#bulk-form", form,
                List.of(new Upload("letter", "surat-permohonan.pdf", PdfFixtures.letter()),
                        new Upload("staffList", "pegawai-bogor.xlsx", StaffLists.xlsx(rows))));

        assertThat(report.selectFirst("#uploaded")).as("report page after upload: %s", report.text()).isNotNull();
        String reportPath = URI.create(agency.lastUrl()).getPath();
        assertThat(report.select("#count-refused").text()).isEqualTo("5");
        assertThat(report.select("#count-pending").text()).isEqualTo("195");
        assertThat(problemReasons(report)).containsOnlyKeys(12, 52, 92, 132, 172)
                .hasEntrySatisfying(12, r -> assertThat(r).contains("Tanggal lahir atau TMT"))
                .hasEntrySatisfying(52, r -> assertThat(r).contains("sudah ada pada baris 2"))
                .hasEntrySatisfying(92, r -> assertThat(r).contains("sudah memiliki akun aktif"))
                .hasEntrySatisfying(132, r -> assertThat(r).contains("Sel NAMA diawali ="))
                .hasEntrySatisfying(172, r -> assertThat(r).contains("Nama pegawai wajib diisi"));
        String csv = new String(agency.download(report.selectFirst("#report-csv").attr("href")), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(201);
        assertThat(csv).contains("'" + FORMULA.replace("\"", "\"\"")).doesNotContain("," + FORMULA)
                .doesNotContain("\"" + FORMULA);

        String trackingNumber = report.selectFirst("#tracking-number").text();
        RequestRecord done = new JourneyDriver(port, requests, engine, Duration.ofMinutes(5)).walk("kota-bogor", trackingNumber,
                Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        Map<String, MailAccount> created = accounts.forRequestByOwner("kota-bogor", done.id());
        assertThat(created).hasSize(195);
        assertThat(created.values()).allSatisfy(a -> {
            assertThat(a.credentialDeliveredAt()).isNotNull();
            assertThat(directories.forTenant("kota-bogor").find(EmailAddress.of(a.address()))).isPresent();
        });
        assertThat(created).doesNotContainKey("nip:" + alreadyServed);
        assertThat(requests.history(done.tenantId(), done.id()))
                .filteredOn(h -> h.stepId().startsWith("disposisi")).hasSize(2);
        memberCanLogIn(rows.get(199), created);
        Document after = agency.get(reportPath);
        assertThat(after.select("#count-done").text()).isEqualTo("195");
        assertThat(after.select("#progress-bar").text()).isEqualTo("100%");
        assertThat(inbox(form.get("contactEmail"), "Hasil permohonan kolektif"))
                .anySatisfy(m -> assertThat(m.body()).contains("Akun dibuat: 195").contains("Ditolak saat unggah: 5"));
    }

    /** A member reads the credential in the own contact mailbox and opens the new mailbox with it over IMAP. */
    private void memberCanLogIn(List<String> row, Map<String, MailAccount> created) throws Exception {
        String address = created.get("nip:" + row.get(1)).address();
        Mail credential = inbox(row.get(4), "Kata sandi awal").stream()
                .filter(m -> m.body().contains(address)).findFirst().orElseThrow();
        Matcher m = PASSWORD.matcher(credential.body());
        assertThat(m.find()).isTrue();
        List<Mail> mailbox = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address, m.group(1));
        assertThat(mailbox).anySatisfy(mail -> assertThat(mail.subject()).contains("Selamat datang"));
    }

    private String personWithAnAccount() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord r = requests.find(new id.surel.tenant.TenantId("kota-bogor"), s.requestId()).orElseThrow();
        accounts.reserveAll("kota-bogor", r.id(), "uji", List.of(new MailAccounts.Reservation(r.proposedAddress(),
                r.ownerKey(), r.applicantName())));
        return r.applicantNip();
    }

    private static Map<Integer, String> problemReasons(Document report) {
        Map<Integer, String> reasons = new HashMap<>();
        for (Element row : report.select("tr.problem-row")) {
            reasons.put(Integer.parseInt(row.attr("data-line")), row.selectFirst(".reason").text());
        }
        return reasons;
    }

    private static Map<String, String> agencyForm() {
        Map<String, String> form = new HashMap<>();
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", "DISDIK");
        form.put("contactEmail", TestApplicants.contactEmail());
        return form;
    }

    private List<Mail> inbox(String address, String waitFor) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address, address);
            if (mails.stream().anyMatch(m -> m.body().contains(waitFor) || m.subject().contains(waitFor))
                    || Instant.now().isAfter(deadline)) {
                return mails;
            }
            Thread.sleep(100);
        }
    }
}
