package id.surel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.Delegations;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.TenantId;
import id.surel.sop.Step;
import id.surel.workflow.ActingStaff;
import id.surel.workflow.OutboxWorker;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a request enters a staff step, the staff holding its actor (and its delegates) are e-mailed through the
 * outbox; staff who chose the daily digest get one digest a day instead.
 */
@SurelIntegrationTest
class StaffNoticesTest {

    private static final TenantId BOGOR = new TenantId("kota-bogor");
    private static final TenantId CIREBON = new TenantId("kota-cirebon");
    /** A Wednesday, 10:00 in Bogor (WIB): a working day past the digest hour. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-25T03:00:00Z");

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Delegations delegations;

    @Autowired
    DigestJob digests;

    @Autowired
    OutboxWorker worker;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRequestEnteringAStaffStepMailsExactlyTheHoldersOfItsActorAndTheirDelegate() throws Exception {
        String actor = firstStaffActor();
        String holder = newStaff(BOGOR, Set.of(actor));
        String delegate = newStaff(BOGOR, Set.of());
        delegations.add(BOGOR, actor, usernameOf(delegate), LocalDate.now().minusDays(1), LocalDate.now().plusDays(1),
                "cuti", "admin@kota-bogor");
        String otherRole = newStaff(BOGOR, Set.of("peran-lain"));
        String otherTenant = newStaff(CIREBON, Set.of(actor));
        String disabled = newStaff(BOGOR, Set.of(actor));
        staff.setEnabled(BOGOR, usernameOf(disabled), false);

        Submission submission = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));

        StaffMailboxes boxes = new StaffMailboxes(mailServer);
        Mail mail = boxes.await(holder, submission.trackingNumber());
        assertThat(mail.subject()).isEqualTo("Giliran Anda: permohonan " + submission.trackingNumber()
                + " / Your turn: request " + submission.trackingNumber());
        RequestRecord request = requests.find(BOGOR, submission.requestId()).orElseThrow();
        assertThat(mail.body()).contains(request.applicantName()).contains("DISDIK")
                .contains("/permohonan/" + request.id()).contains("Langkah: ").contains("Step: ")
                .doesNotContain("/lacak/").doesNotContain(submission.trackingToken());
        boxes.await(delegate, submission.trackingNumber());
        worker.poll();
        assertThat(boxes.mails(holder, submission.trackingNumber())).as("one mail per holder").hasSize(1);
        assertThat(boxes.mails(otherRole, submission.trackingNumber())).isEmpty();
        assertThat(boxes.mails(otherTenant, submission.trackingNumber())).isEmpty();
        assertThat(boxes.mails(disabled, submission.trackingNumber())).isEmpty();
    }

    @Test
    void staffPreferringTheDigestGetNoImmediateMailButOneDigestADay() throws Exception {
        clock.set(WEDNESDAY_MORNING);
        String actor = firstStaffActor();
        String immediate = newStaff(BOGOR, Set.of(actor));
        String digest = newStaff(BOGOR, Set.of(actor));
        staff.setNoticeMode(BOGOR, usernameOf(digest), "DIGEST");
        String silent = newStaff(BOGOR, Set.of(actor));
        staff.setNoticeMode(BOGOR, usernameOf(silent), "NONE");

        Submission submission = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        StaffMailboxes boxes = new StaffMailboxes(mailServer);
        boxes.await(immediate, submission.trackingNumber());
        worker.poll();
        assertThat(boxes.mails(digest, "Giliran Anda")).isEmpty();

        assertThat(digests.run()).isGreaterThanOrEqualTo(1);
        assertThat(digests.run()).as("the second run of the day queues nothing").isZero();
        Mail mail = boxes.await(digest, "Ringkasan harian");
        assertThat(mail.subject()).contains("Daily digest");
        assertThat(mail.body()).contains(submission.trackingNumber()).contains("/permohonan/" + submission.requestId())
                .contains("sisa waktu: ").contains("time left: ");
        worker.poll();
        assertThat(boxes.mails(digest, "Ringkasan harian")).hasSize(1);
        assertThat(boxes.mails(silent, submission.trackingNumber())).isEmpty();
        assertThat(boxes.mails(silent, "Ringkasan harian")).isEmpty();
        assertThat(jdbc.sql("select last_digest_on from staff where email = ?").param(digest).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aTransitionThatRollsBackQueuesNoMailAndTheOneThatCommitsDoes() throws Exception {
        Submission submission = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord request = requests.find(BOGOR, submission.requestId()).orElseThrow();
        Step current = engine.definitionOf(request).step(request.currentStep());
        String nextActor = engine.definitionOf(request).step(current.next()).actor();
        String next = newStaff(BOGOR, Set.of(nextActor));
        ActingStaff holder = new ActingStaff(BOGOR, current.actor() + "@kota-bogor", "Uji", Set.of(current.actor()));

        transactions.executeWithoutResult(tx -> {
            engine.complete(holder, request.id(), request.version(), null, null);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from outbox_job where request_id = ? and step_id = ?")
                .params(request.id(), current.next()).query(Integer.class).single()).isZero();

        engine.complete(holder, request.id(), request.version(), null, null);
        Mail mail = new StaffMailboxes(mailServer).await(next, submission.trackingNumber());
        assertThat(mail.body()).contains(engine.definitionOf(request).step(current.next()).activity());
    }

    @Test
    void aRequestThatStaysWithTheSameRoleIsAnnouncedOnce() throws Exception {
        String admin = newStaff(BOGOR, Set.of("admin-pengelola"));
        Submission submission = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        // Bogor's SOP: two dispositions, then "buat-akun" and "data-akun", both the admin-pengelola's
        completeCurrent(submission);
        completeCurrent(submission);
        StaffMailboxes boxes = new StaffMailboxes(mailServer);
        boxes.await(admin, submission.trackingNumber());
        completeCurrent(submission);
        Instant deadline = Instant.now().plusSeconds(20);
        while (!"data-akun".equals(requests.find(BOGOR, submission.requestId()).orElseThrow().currentStep())) {
            assertThat(Instant.now()).as("the mailbox is created and the request moves on").isBefore(deadline);
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("select count(*) from outbox_job where request_id = ? and step_id = 'data-akun'"
                + " and notice = 'your-turn'").param(submission.requestId()).query(Integer.class).single()).isZero();
        worker.poll();
        assertThat(boxes.mails(admin, submission.trackingNumber())).hasSize(1);
    }

    private void completeCurrent(Submission submission) {
        RequestRecord request = requests.find(BOGOR, submission.requestId()).orElseThrow();
        String actor = request.currentActor();
        engine.complete(new ActingStaff(BOGOR, actor + "@kota-bogor", "Uji", Set.of(actor)), request.id(),
                request.version(), null, null);
    }

    /** The actor of the first step a new Bogor request waits on staff for. */
    private String firstStaffActor() {
        Submission probe = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        return requests.find(BOGOR, probe.requestId()).orElseThrow().currentActor();
    }

    /** A new staff account whose e-mail address is also its username's stem; returns the address. */
    private String newStaff(TenantId tenant, Set<String> actors) {
        String stem = "staf-" + UUID.randomUUID().toString().substring(0, 8);
        String email = stem + "@uji.test";
        staff.create(tenant, stem + "@" + tenant.value(), "{noop}x", "Petugas " + stem, email, actors, false, false);
        return email;
    }

    private String usernameOf(String email) {
        return jdbc.sql("select username from staff where email = ?").param(email).query(String.class).single();
    }
}
