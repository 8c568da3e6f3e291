package id.surel.request.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.audit.AuditLog;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.MailAccount;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectories;
import id.surel.mailbox.MailboxIssuer;
import id.surel.notify.Mailer;
import id.surel.support.MailboxReader;
import id.surel.support.PdfFixtures;
import id.surel.support.StaffLists;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * A chunk's mails go out over one SMTP connection; when that fails, no row counts as done, and the next run finishes
 * the batch with one mailbox per member and one working credential each.
 */
@SurelIntegrationTest
class BatchResumeTest {

    private static final TenantId BOGOR = new TenantId("kota-bogor");
    private static final Pattern PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");

    @Autowired BulkIntake intake;
    @Autowired BatchMailboxAction provisioning;
    @Autowired Batches batches;
    @Autowired MailAccounts accounts;
    @Autowired MailDirectories directories;
    @Autowired MailboxIssuer issuer;
    @Autowired BatchNotices notices;
    @Autowired Tenants tenants;
    @Autowired AuditLog audit;
    @Autowired BulkSettings settings;
    @Autowired Clock clock;
    @Autowired Requests requests;
    @Autowired RequestEngine engine;
    @Autowired EmbeddedMailServer mailServer;

    @Test
    void mailsThatCannotBeSentLeaveRowsPendingAndTheNextRunIssuesEachMailboxOnce() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(StaffLists.validRow());
        }
        RequestRecord request = upload(rows);
        ActionContext context = createMailboxStep(request);
        Batch batch = batches.findByRequest(BOGOR, request.id()).orElseThrow();
        BatchMailboxAction mailServerDown = new BatchMailboxAction(batches, accounts, directories, issuer,
                new Mailer(senderToAClosedPort()), notices, tenants, audit, settings, clock);

        assertThatThrownBy(() -> mailServerDown.run(context)).isInstanceOf(ActionFailedException.class)
                .satisfies(e -> assertThat(((ActionFailedException) e).retryable()).isTrue());
        assertThat(batches.progress(BOGOR, batch.id()).pending()).isEqualTo(3);
        assertThat(accounts.forRequestByOwner("kota-bogor", request.id()).values())
                .hasSize(3).allSatisfy(a -> assertThat(a.credentialDeliveredAt()).isNull());

        provisioning.run(context);

        assertThat(batches.progress(BOGOR, batch.id()).done()).isEqualTo(3);
        Map<String, MailAccount> created = accounts.forRequestByOwner("kota-bogor", request.id());
        assertThat(created.values()).hasSize(3).allSatisfy(a -> assertThat(a.credentialDeliveredAt()).isNotNull());
        for (List<String> row : rows) {
            String address = created.get("nip:" + row.get(1)).address();
            assertThat(directories.forTenant("kota-bogor").find(EmailAddress.of(address))).isPresent();
            List<MailboxReader.Mail> credentials = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(),
                    row.get(4), row.get(4)).stream().filter(m -> m.body().contains(address)).toList();
            assertThat(credentials).as("credential mails to %s", row.get(4)).hasSize(1);
            Matcher password = PASSWORD.matcher(credentials.get(0).body());
            assertThat(password.find()).isTrue();
            assertThat(MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address, password.group(1)))
                    .anySatisfy(m -> assertThat(m.subject()).contains("Selamat datang"));
        }
    }

    private RequestRecord upload(List<List<String>> rows) {
        BulkForm form = new BulkForm();
        form.setApplicantName(TestApplicants.name());
        form.setApplicantNip(TestApplicants.nip());
        form.setUnitCode("DISDIK");
        form.setContactEmail(TestApplicants.contactEmail());
        form.setLetter(new MockMultipartFile("letter", "surat.pdf", "application/pdf", PdfFixtures.letter()));
        form.setStaffList(new MockMultipartFile("staffList", "pegawai.xlsx", null, StaffLists.xlsx(rows)));
        var errors = new BeanPropertyBindingResult(form, "form");
        var upload = intake.upload(tenants.get(BOGOR), form, null, errors);
        assertThat(errors.getAllErrors()).isEmpty();
        return requests.find(BOGOR, upload.orElseThrow().submission().orElseThrow().requestId()).orElseThrow();
    }

    private ActionContext createMailboxStep(RequestRecord request) {
        var definition = engine.definitionOf(request);
        var step = definition.steps().stream().filter(s -> s.action() != null
                && s.action().code().equals("create-mailbox")).findFirst().orElseThrow();
        return new ActionContext(request, step, definition);
    }

    private static JavaMailSenderImpl senderToAClosedPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }
}
