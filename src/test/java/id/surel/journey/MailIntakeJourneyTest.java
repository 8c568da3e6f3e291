package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.intake.IntakeBoxes;
import id.surel.journey.JourneyDriver.Decisions;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.PdfFixtures;
import id.surel.support.RawSmtp;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.TestMails;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cirebon's SOP as written: the applicant e-mails the admin team's mailbox (mailadmin@cirebonkota.go.id) with name,
 * NIP and agency. Over real SMTP and IMAP the mail becomes a request, the sender gets the tracking number and link by
 * reply, the admin team verifies and creates the account, and the applicant logs in to the new mailbox.
 */
@SurelIntegrationTest
class MailIntakeJourneyTest {

    private static final Pattern PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");
    private static final Pattern TRACKING = Pattern.compile("\\b(CRB-[A-Z0-9-]+)\\b");

    @LocalServerPort
    int port;

    @Autowired
    IntakeBoxes boxes;

    @Autowired
    EmbeddedMailServer server;

    @Autowired
    Requests requests;

    @Autowired
    RequestEngine engine;

    @Test
    void cirebonRequestByEmailGetsATrackingNumberReplyAndEndsWithAMailbox() throws Exception {
        String box = boxes.address("kota-cirebon");
        assertThat(box).isEqualTo("mailadmin@cirebonkota.go.id");
        boxes.poll("kota-cirebon");
        String applicant = TestApplicants.contactEmail();
        String name = TestApplicants.name();
        String nip = TestApplicants.nip();
        String printedNip = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " "
                + nip.substring(15);
        RawSmtp.send(server.host(), server.smtpPort(), applicant, box, TestMails.plain(applicant, name, box,
                "Permintaan akun mail.cirebonkota.go.id",
                "Yth. Tim Pengelola,\n\nmohon dibuatkan akun e-mail dinas.\n\nNama: " + name + "\nNIP: " + printedNip
                        + "\nNama Perangkat Daerah: Dinas Kesehatan\n\nTerima kasih.",
                new TestMails.File("surat-permohonan.pdf", "application/pdf", PdfFixtures.letter())));

        assertThat(boxes.poll("kota-cirebon")).containsExactly(1, 0);

        Mail reply = awaitMail(applicant, "diterima");
        Matcher number = TRACKING.matcher(reply.subject());
        assertThat(number.find()).as(reply.subject()).isTrue();
        String trackingNumber = number.group(1);
        assertThat(reply.body()).contains(name).contains("/lacak/");
        String link = reply.body().lines().filter(l -> l.contains("/lacak/")).findFirst().orElseThrow().strip();
        Document tracking = new WebSession(port).get(link.substring(link.indexOf("/lacak/")));
        assertThat(tracking.selectFirst("#tracking-number").text()).isEqualTo(trackingNumber);

        RequestRecord request = requests.findByTrackingNumber(new TenantId("kota-cirebon"), trackingNumber).orElseThrow();
        assertThat(request.applicantNip()).isEqualTo(nip);
        assertThat(request.unitCode()).isEqualTo("DINKES");
        assertThat(request.contactEmail()).isEqualTo(applicant);

        RequestRecord done = new JourneyDriver(port, requests, engine).walk("kota-cirebon", trackingNumber,
                Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(requests.history(done.tenantId(), done.id())).extracting(HistoryEntry::completedBy)
                .contains("tim-pengelola@kota-cirebon");
        Mail credential = awaitMail(applicant, "Kata sandi awal");
        Matcher password = PASSWORD.matcher(credential.body());
        assertThat(password.find()).isTrue();
        List<Mail> newInbox = MailboxReader.inbox(server.host(), server.imapPort(), done.proposedAddress(),
                password.group(1));
        assertThat(newInbox).anySatisfy(m -> assertThat(m.subject()).contains("Selamat datang"));
    }

    private Mail awaitMail(String address, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(server.host(), server.imapPort(), address, address);
            var found = mails.stream().filter(m -> m.subject().contains(text) || m.body().contains(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail with '" + text + "' for " + address + "; got " + mails);
            }
            Thread.sleep(100);
        }
    }
}
