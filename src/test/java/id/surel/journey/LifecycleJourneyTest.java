package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.journey.JourneyDriver.Decisions;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectory;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account's holder asks, on the public account-services page, for a lifecycle service of their government; the
 * request runs through that service's own SOP (Cirebon's seeds: Tim Pengelola verifies, Surel acts, the holder is
 * told) and the mail server shows the change over IMAP.
 */
@SurelIntegrationTest
class LifecycleJourneyTest {

    private static final String CIREBON = "kota-cirebon";
    private static final Pattern INITIAL = Pattern.compile("Kata sandi awal: (\\S+)");
    private static final Pattern NEW = Pattern.compile("Kata sandi baru: (\\S+)");

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

    @BeforeEach
    void setUp() {
        driver = new JourneyDriver(port, requests, engine);
    }

    record Account(String address, String nip, String contact, String password) {
    }

    @Test
    void aResetMakesTheOldPasswordFailAndTheNewOneArrivesOnlyAtTheHoldersContact() throws Exception {
        Account account = existingAccount();

        RequestRecord done = lifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", account.nip()), Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(done.contactEmail()).isEqualTo(account.contact());
        Mail credential = awaitMail(account.contact(), "Kata sandi baru");
        Matcher m = NEW.matcher(credential.body());
        assertThat(m.find()).isTrue();
        String fresh = m.group(1);
        assertThat(fresh).isNotEqualTo(account.password());
        assertThatThrownBy(() -> imap(account.address(), account.password()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(imap(account.address(), fresh)).anySatisfy(mail -> assertThat(mail.subject()).contains("Selamat"));
        assertThat(awaitMail(account.contact(), done.trackingNumber() + " selesai").body()).contains("Atur ulang kata sandi")
                .contains(account.address());
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = current_schema()")
                .query(String.class).list()) {
            long hits = jdbc.sql("select count(*) from \"" + table + "\" t where t::text like ?")
                    .param("%" + fresh + "%").query(Long.class).single();
            assertThat(hits).as("rows of %s holding the new password", table).isZero();
        }
    }

    @Test
    void aRejectedResetLeavesThePasswordAsItWas() throws Exception {
        Account account = existingAccount();

        RequestRecord done = lifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", account.nip()), Decisions.REJECT_FIRST);

        assertThat(done.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(imap(account.address(), account.password())).isNotEmpty();
        assertThat(awaitMail(account.contact(), done.trackingNumber() + " tidak disetujui").body()).contains("Atur ulang kata sandi");
    }

    @Test
    void suspendStopsTheLoginAndMarksTheAccount() throws Exception {
        Account account = existingAccount();

        RequestRecord done = lifecycle(Map.of("service", "suspend", "address", account.address(),
                "nip", account.nip()), Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThatThrownBy(() -> imap(account.address(), account.password()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(directory.find(EmailAddress.of(account.address()))).hasValueSatisfying(i -> assertThat(i.active())
                .isFalse());
        assertThat(accounts.byAddress(account.address())).hasValueSatisfying(a -> assertThat(a.status())
                .isEqualTo("SUSPENDED"));

        Document refused = submitLifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", account.nip()));
        assertThat(refused.selectFirst("#form-problem").text()).contains("ditangguhkan");

        Map<String, String> again = new HashMap<>(Map.of("type", "pribadi", "applicantName", TestApplicants.name(),
                "applicantNip", account.nip(), "unitCode", "DKIS", "contactEmail", account.contact()));
        WebSession applicant = new WebSession(port);
        Document second = applicant.submit(applicant.get("/layanan/kota-cirebon/permohonan"),
                "form[enctype=multipart/form-data]", again, "documents[surat-permohonan]", PdfFixtures.letter());
        assertThat(second.selectFirst("#tracking-number")).as("a suspension is no way to a second account").isNull();
        assertThat(second.select(".invalid-feedback").text()).contains(account.address());
    }

    @Test
    void aQuotaChangeShowsOnTheMailServer() throws Exception {
        Account account = existingAccount();

        RequestRecord done = lifecycle(Map.of("service", "quota-change", "address", account.address(),
                "nip", account.nip(), "quotaMb", "2048"), Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(directory.find(EmailAddress.of(account.address())).orElseThrow().quotaBytes())
                .hasValue(2048L * 1024 * 1024);
        assertThat(jdbc.sql("select quota_mb from mail_account where address = ?").param(account.address())
                .query(Integer.class).single()).isEqualTo(2048);
    }

    @Test
    void oneOpenRequestPerAccountAResetWaitsUntilTheQuotaChangeIsDone() throws Exception {
        Account account = existingAccount();
        Document first = submitLifecycle(Map.of("service", "quota-change", "address", account.address(),
                "nip", account.nip(), "quotaMb", "1024"));
        String trackingNumber = first.selectFirst("#tracking-number").text();

        Document refused = submitLifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", account.nip()));
        assertThat(refused.selectFirst("#tracking-number")).isNull();
        assertThat(refused.selectFirst("#form-problem").text()).contains("sedang diproses");

        assertThat(driver.walk(CIREBON, trackingNumber, Decisions.APPROVE_ALL).status())
                .isEqualTo(RequestStatus.APPROVED);
        assertThat(lifecycle(Map.of("service", "password-reset", "address", account.address(), "nip", account.nip()),
                Decisions.APPROVE_ALL).status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void aBadQuotaIsRefusedNextToItsField() {
        Document refused = submitLifecycle(Map.of("service", "quota-change", "address", "siapa@cirebonkota.go.id",
                "nip", TestApplicants.nip(), "quotaMb", "banyak"));
        assertThat(refused.selectFirst("#tracking-number")).isNull();
        assertThat(refused.select(".invalid-feedback").text()).contains("Kuota harus bilangan bulat");
    }

    @Test
    void closeHandedOverGivesTheMailboxWithItsMailToTheSuccessor() throws Exception {
        Account account = existingAccount();
        String successorNip = TestApplicants.nip();
        String successorContact = TestApplicants.contactEmail();

        Document tracking = submitLifecycle(Map.of("service", "close", "address", account.address(),
                "nip", account.nip(), "closeMode", "handed-over", "successorName", "Penerus " + TestApplicants.name(),
                "successorNip", successorNip, "successorContact", successorContact));
        String trackingNumber = tracking.selectFirst("#tracking-number").text();
        RequestRecord submitted = requests.findByTrackingNumber(new TenantId(CIREBON), trackingNumber).orElseThrow();
        WebSession staff = new WebSession(port);
        Document inbox = staff.login("tim-pengelola@" + CIREBON, JourneyDriver.DEMO_PASSWORD);
        assertThat(inbox.text()).contains("Penutupan akun / Close account");
        Document page = staff.get("/permohonan/" + submitted.id());
        assertThat(page.selectFirst("#request-type").text()).isEqualTo("Penutupan akun");
        assertThat(page.selectFirst("#field-successor-nip").text()).isEqualTo(successorNip);
        assertThat(page.selectFirst("#field-close-mode").text()).isEqualTo("handed-over");
        RequestRecord done = driver.walk(CIREBON, trackingNumber, Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        Matcher m = NEW.matcher(awaitMail(successorContact, "Kata sandi baru").body());
        assertThat(m.find()).isTrue();
        assertThatThrownBy(() -> imap(account.address(), account.password()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(imap(account.address(), m.group(1))).as("the mailbox's content is kept")
                .anySatisfy(mail -> assertThat(mail.subject()).contains("Selamat"));
        assertThat(MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), account.contact(), account.contact()))
                .noneMatch(mail -> mail.body().contains("Kata sandi baru"));

        Document oldHolder = submitLifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", account.nip()));
        assertThat(oldHolder.selectFirst("#form-problem").text()).contains("Akun tidak dapat diverifikasi");
        Document successor = submitLifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", successorNip));
        assertThat(successor.selectFirst("#tracking-number")).as("the successor now holds the account").isNotNull();
    }

    @Test
    void closeKeptLocksTheMailbox() throws Exception {
        Account account = existingAccount();

        RequestRecord done = lifecycle(Map.of("service", "close", "address", account.address(), "nip", account.nip(),
                "closeMode", "kept"), Decisions.APPROVE_ALL);

        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        assertThatThrownBy(() -> imap(account.address(), account.password()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(directory.find(EmailAddress.of(account.address()))).as("the mailbox is kept").isPresent();
        assertThat(accounts.byAddress(account.address()).orElseThrow().status()).isEqualTo("CLOSED");
    }

    @Test
    void aWrongNipAndAnUnknownAddressGetTheSameAnswer() throws Exception {
        Account account = existingAccount();

        Document wrongNip = submitLifecycle(Map.of("service", "password-reset", "address", account.address(),
                "nip", TestApplicants.nip()));
        Document unknown = submitLifecycle(Map.of("service", "password-reset",
                "address", "tidak.ada." + System.nanoTime() + "@cirebonkota.go.id", "nip", account.nip()));

        assertThat(wrongNip.selectFirst("#tracking-number")).isNull();
        assertThat(wrongNip.selectFirst("#form-problem").text())
                .isEqualTo(unknown.selectFirst("#form-problem").text())
                .contains("Akun tidak dapat diverifikasi");
        assertThat(imap(account.address(), account.password())).isNotEmpty();
    }

    @Test
    void aTenantCannotTargetAnotherTenantsAccount() throws Exception {
        Account account = existingAccount();

        WebSession session = new WebSession(port);
        Document refused = session.submit(session.get("/layanan/kota-bogor/akun"), "#lifecycle-form",
                Map.of("service", "password-reset", "address", account.address(), "nip", account.nip()));

        assertThat(refused.selectFirst("#tracking-number")).isNull();
        assertThat(refused.selectFirst("#form-problem").text()).contains("Akun tidak dapat diverifikasi");
    }

    @Test
    void aTenantOffersOnlyTheServicesItHasAnSopFor() {
        WebSession session = new WebSession(port);
        assertThat(session.get("/layanan/kota-bogor/akun").select("input[name=service]").eachAttr("value"))
                .containsExactly("password-reset", "suspend");
        assertThat(session.get("/layanan/kota-batam/akun").selectFirst("#no-services")).isNotNull();
        Document refused = session.submit(session.get("/layanan/kota-bogor/akun"), "#lifecycle-form",
                Map.of("service", "quota-change", "address", "x@kotabogor.go.id", "nip", TestApplicants.nip()));
        assertThat(refused.select(".invalid-feedback").text()).contains("Pilih salah satu layanan");
        assertThat(session.get("/layanan/kota-cirebon/permohonan").selectFirst("#lifecycle-link a").attr("href"))
                .isEqualTo("/layanan/kota-cirebon/akun");
    }

    /** An account made the ordinary way: Cirebon's new-account SOP, from its public form to the credential mail. */
    private Account existingAccount() throws Exception {
        Map<String, String> form = new HashMap<>(Map.of("type", "pribadi", "applicantName", TestApplicants.name(),
                "applicantNip", TestApplicants.nip(), "unitCode", "DKIS", "contactEmail",
                TestApplicants.contactEmail()));
        Document tracking = driver.submit(CIREBON, form);
        RequestRecord done = driver.walk(CIREBON, tracking.selectFirst("#tracking-number").text(),
                Decisions.APPROVE_ALL);
        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        Matcher m = INITIAL.matcher(awaitMail(form.get("contactEmail"), "Kata sandi awal").body());
        assertThat(m.find()).isTrue();
        assertThat(imap(done.proposedAddress(), m.group(1))).isNotEmpty();
        return new Account(done.proposedAddress(), form.get("applicantNip"), form.get("contactEmail"), m.group(1));
    }

    private RequestRecord lifecycle(Map<String, String> fields, Decisions decisions) {
        Document tracking = submitLifecycle(fields);
        assertThat(tracking.selectFirst("#tracking-number")).as("tracking page; got:\n%s", tracking.text()).isNotNull();
        assertThat(tracking.selectFirst("#request-service").text()).isNotBlank();
        return driver.walk(CIREBON, tracking.selectFirst("#tracking-number").text(), decisions);
    }

    private Document submitLifecycle(Map<String, String> fields) {
        WebSession holder = new WebSession(port);
        return holder.submit(holder.get("/layanan/" + CIREBON + "/akun"), "#lifecycle-form", fields);
    }

    private List<Mail> imap(String address, String password) throws Exception {
        return MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address, password);
    }

    private Mail awaitMail(String contact, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contact, contact);
            var found = mails.stream().filter(m -> m.subject().contains(text) || m.body().contains(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("mail with '%s' to %s", text, contact).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
