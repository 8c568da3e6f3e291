package id.surel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectory;
import id.surel.support.MailboxReader;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActingStaff;
import id.surel.workflow.ActionContext;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The lifecycle actions run at least once per job: a repeated delivery of a job whose change was made changes
 * nothing again (no second password, no second mail).
 */
@SurelIntegrationTest
class LifecycleActionsTest {

    private static final TenantId CIREBON = new TenantId("kota-cirebon");
    private static final ActingStaff TEAM = new ActingStaff(CIREBON, "tim-pengelola@kota-cirebon", "Tim",
            Set.of("tim-pengelola"));

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    LifecycleIntake intake;

    @Autowired
    ResetPasswordAction reset;

    @Autowired
    ChangeQuotaAction quota;

    @Autowired
    Tenants tenants;

    @Autowired
    MailAccounts accounts;

    @Autowired
    MailDirectory directory;

    @Autowired
    EmbeddedMailServer mailServer;

    @Test
    void aRepeatedResetJobSendsNoSecondPassword() throws Exception {
        NewRequest account = existingAccount();
        RequestRecord done = lifecycle(account, "password-reset", null);

        int mailsBefore = credentialMails(account.contactEmail());
        String note = reset.run(new ActionContext(done, engine.definitionOf(done).step("atur-ulang-sandi"),
                engine.definitionOf(done)));

        assertThat(note).contains("sudah diatur ulang sebelumnya");
        assertThat(credentialMails(account.contactEmail())).isEqualTo(mailsBefore).isEqualTo(1);
    }

    @Test
    void aRepeatedQuotaJobLeavesTheQuotaAsSet() throws Exception {
        NewRequest account = existingAccount();
        RequestRecord done = lifecycle(account, "quota-change", "512");

        String note = quota.run(new ActionContext(done, engine.definitionOf(done).step("ubah-kuota"),
                engine.definitionOf(done)));

        assertThat(note).contains("512 MB");
        assertThat(directory.find(EmailAddress.of(account.proposedAddress())).orElseThrow().quotaBytes())
                .hasValue(512L * 1024 * 1024);
    }

    /** A Cirebon account made through its new-account SOP by the engine, with its credential delivered. */
    private NewRequest existingAccount() throws InterruptedException {
        NewRequest r = TestRequests.personal(CIREBON.value(), "DKIS", "cirebonkota.go.id");
        Submission s = engine.submit(r);
        RequestRecord at = requests.find(CIREBON, s.requestId()).orElseThrow();
        engine.complete(TEAM, at.id(), at.version(), "disetujui", null);
        at = requests.find(CIREBON, s.requestId()).orElseThrow();
        engine.complete(TEAM, at.id(), at.version(), null, null);
        await(s, x -> x.status() == RequestStatus.APPROVED);
        assertThat(accounts.forRequest(CIREBON.value(), s.requestId()).orElseThrow().credentialDeliveredAt())
                .isNotNull();
        return r;
    }

    private RequestRecord lifecycle(NewRequest account, String service, String quotaMb) throws InterruptedException {
        LifecycleForm form = new LifecycleForm();
        form.setService(service);
        form.setAddress(account.proposedAddress());
        form.setNip(account.applicantNip());
        form.setQuotaMb(quotaMb);
        var errors = new BeanPropertyBindingResult(form, "form");
        var checked = intake.check(tenants.get(CIREBON), form, errors);
        assertThat(errors.getAllErrors()).isEmpty();
        Submission s = intake.start(tenants.get(CIREBON), checked.orElseThrow());
        RequestRecord at = requests.find(CIREBON, s.requestId()).orElseThrow();
        engine.complete(TEAM, at.id(), at.version(), "disetujui", null);
        return await(s, x -> x.status() == RequestStatus.APPROVED);
    }

    private RequestRecord await(Submission s, Predicate<RequestRecord> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            RequestRecord r = requests.find(CIREBON, s.requestId()).orElseThrow();
            if (done.test(r)) {
                return r;
            }
            assertThat(r.actionError()).as("action error at %s", r.currentStep()).isNull();
            assertThat(Instant.now()).as("request %s at %s", r.trackingNumber(), r.currentStep()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private int credentialMails(String contact) throws Exception {
        return (int) MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contact, contact).stream()
                .filter(m -> m.body().contains("Kata sandi baru:"))
                .count();
    }
}
