package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.sop.SopDefinition;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.SurelIntegrationTest;
import id.surel.tenant.StaffDirectory;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The letters of real journeys through the four seed SOPs, read back from the PDF: the reply letter in the request's
 * archive and in the applicant's mailbox, and the disposition sheets of the hand-downs in the history. PNG previews of
 * every first page go to target/documents/.
 */
@SurelIntegrationTest
class SeedLettersTest {

    private static final Pattern PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");
    private static final Pattern LETTER_NUMBER = Pattern.compile("\\d{3,}/SB/[A-Z-]+/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/\\d{4}");

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    StaffDirectory staff;

    @Autowired
    RequestDocuments documents;

    @Autowired
    DispositionSheets dispositionSheets;

    @Autowired
    EmbeddedMailServer mailServer;

    EngineWalk walk;

    @BeforeEach
    void setUp() {
        walk = new EngineWalk(engine, requests, staff);
    }

    @ParameterizedTest
    @EnumSource(SeedSops.class)
    void anApprovedRequestGetsANumberedReplyLetterInItsArchiveAndAttachedToTheApplicantsMail(SeedSops seed)
            throws Exception {
        NewRequest asked = walk.newRequest(seed);
        RequestRecord done = walk.walk(asked, true);
        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);

        StoredDocument letter = documents.first(done.tenantId(), done.id(), DocumentKind.REPLY).orElseThrow();
        assertThat(letter.number()).matches(LETTER_NUMBER);
        byte[] pdf = documents.pdf(done.tenantId(), done.id(), letter.id()).orElseThrow();
        String text = PdfPages.text(pdf);
        assertThat(text).contains(seed.government, letter.number(), asked.applicantName(), printed(asked.applicantNip()),
                done.proposedAddress(), done.trackingNumber(), "NIP. " + EngineWalk.SIGNER_NIP,
                "Persetujuan Permohonan Akun E-mail Resmi", "telah disetujui");

        List<Mail> mails = contactInbox(asked.contactEmail(), "Kata sandi awal", "disetujui");
        Mail notice = mails.stream().filter(m -> m.subject().contains("disetujui")).findFirst().orElseThrow();
        assertThat(notice.body()).contains(letter.number());
        assertThat(notice.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("surat-balasan-" + done.trackingNumber() + ".pdf");
            assertThat(a.contentType()).startsWithIgnoringCase("application/pdf");
            assertThat(a.content()).isEqualTo(pdf);
        });
        String password = mails.stream().map(m -> PASSWORD.matcher(m.body())).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
        assertThat(text).doesNotContain(password);
        assertThat(PdfPages.preview(pdf, "reply-approved-" + seed.tenant, 1)).isNotEmptyFile();
    }

    @ParameterizedTest
    @EnumSource(value = SeedSops.class, names = {"BATAM", "MOROWALI", "CIREBON"})
    void aRejectedRequestGetsANotificationLetterWithTheReasonTheDecidingOfficialWrote(SeedSops seed)
            throws Exception {
        NewRequest asked = walk.newRequest(seed);
        RequestRecord done = walk.walk(asked, false);
        assertThat(done.status()).isEqualTo(RequestStatus.REJECTED);

        StoredDocument letter = documents.first(done.tenantId(), done.id(), DocumentKind.REPLY).orElseThrow();
        byte[] pdf = documents.pdf(done.tenantId(), done.id(), letter.id()).orElseThrow();
        String text = PdfPages.text(pdf);
        assertThat(text).contains(seed.government, letter.number(), asked.applicantName(), printed(asked.applicantNip()),
                "NIP. " + EngineWalk.SIGNER_NIP, "Pemberitahuan Permohonan Akun E-mail Resmi",
                "belum dapat disetujui", EngineWalk.REJECTION_REASON);

        List<Mail> mails = contactInbox(asked.contactEmail(), "tidak disetujui");
        Mail notice = mails.stream().filter(m -> m.subject().contains("tidak disetujui")).findFirst().orElseThrow();
        assertThat(notice.body()).contains("Alasan: " + EngineWalk.REJECTION_REASON, letter.number());
        assertThat(notice.attachments()).singleElement().satisfies(a -> assertThat(a.content()).isEqualTo(pdf));
        assertThat(PdfPages.preview(pdf, "reply-rejected-" + seed.tenant, 1)).isNotEmptyFile();
    }

    @ParameterizedTest
    @EnumSource(SeedSops.class)
    void everyHandDownInTheHistoryPrintsAsADispositionSheetWithItsInstruction(SeedSops seed) {
        NewRequest asked = walk.newRequest(seed);
        RequestRecord done = walk.walk(asked, true);
        SopDefinition definition = engine.definitionOf(done);
        List<HistoryEntry> history = requests.history(done.tenantId(), done.id());

        List<Disposition> found = dispositionSheets.of(done, definition, history);
        assertThat(found).hasSize(seed.dispositions);
        for (Disposition d : found) {
            byte[] pdf = dispositionSheets.render(done, definition, d.historyIndex()).orElseThrow();
            String text = PdfPages.text(pdf);
            assertThat(text).containsIgnoringCase(seed.government);
            assertThat(text).contains("LEMBAR DISPOSISI", d.agendaNumber(done.trackingNumber()), done.trackingNumber(),
                    asked.applicantName(), "Yth. " + d.toTitle(), EngineWalk.INSTRUCTION,
                    "NIP. " + EngineWalk.SIGNER_NIP, d.entry().completedByName());
            PdfPages.preview(pdf, "disposition-" + seed.tenant + "-" + (d.historyIndex() + 1), 1);
        }
    }

    private static String printed(String nip) {
        return PrintedNip.of(nip);
    }

    /** The applicant's own mailbox once a mail matching every word arrived (or after 20 s). */
    private List<Mail> contactInbox(String contactEmail, String... waitFor) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contactEmail, contactEmail);
            boolean all = List.of(waitFor).stream().allMatch(w -> mails.stream()
                    .anyMatch(m -> m.subject().contains(w) || m.body().contains(w)));
            if (all || Instant.now().isAfter(deadline)) {
                return mails;
            }
            Thread.sleep(100);
        }
    }
}
