package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.SlaMonitor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Bogor request whose Kabid E-Government sits on the disposition: near due at 75% of the 30 working minutes, late
 * after them, and escalated to the Kepala Diskominfo who handed it down; all on a clock the test moves.
 */
@SurelIntegrationTest
class SlaJourneyTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final TenantId BOGOR = new TenantId("kota-bogor");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    Requests requests;

    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aDispositionLeftLyingIsWarnedThenLateThenEscalatedToTheOfficialAbove() throws Exception {
        clock.set(ZonedDateTime.of(2026, 2, 2, 8, 0, 0, 0, WIB).toInstant());
        String trackingNumber = submit();
        RequestRecord r = request(trackingNumber);
        assertThat(r.currentStep()).isEqualTo("disposisi-kepala-diskominfo");
        assertThat(r.stepTimes().dueAt()).isEqualTo(at(9, 30).toInstant());

        clock.set(at(8, 30).toInstant());
        act("kepala-diskominfo", r);
        r = request(trackingNumber);
        assertThat(r.currentStep()).isEqualTo("disposisi-kepala-bidang");
        assertThat(r.stepTimes().dueAt()).isEqualTo(at(9, 0).toInstant());
        assertThat(r.stepTimes().escalateTo()).isEqualTo("kepala-diskominfo");

        clock.set(at(8, 50).toInstant());
        monitor.tick();
        assertThat(request(trackingNumber).stepWarnedAt()).isNull();
        assertThat(urgencyInInbox("kepala-bidang-egov", trackingNumber)).isEqualTo("ON_TIME");

        clock.set(at(8, 55).toInstant());
        monitor.tick();
        assertThat(request(trackingNumber).stepWarnedAt()).isEqualTo(at(8, 55).toInstant());
        assertThat(urgencyInInbox("kepala-bidang-egov", trackingNumber)).isEqualTo("NEAR_DUE");
        assertThat(mailsAbout(trackingNumber, "kepala-bidang-egov@kotabogor.go.id")).anySatisfy(
                m -> assertThat(m.subject()).startsWith("Segera"));

        assertThat(urgencyInInbox("kepala-diskominfo", trackingNumber)).as("not escalated yet").isNull();
        clock.set(at(9, 5).toInstant());
        monitor.scheduledTick(); // the path the scheduler takes: under the ShedLock lock, notices after commit
        assertThat(request(trackingNumber).stepLateAt()).isEqualTo(at(9, 5).toInstant());
        assertThat(urgencyInInbox("kepala-bidang-egov", trackingNumber)).isEqualTo("LATE");
        assertThat(urgencyInInbox("kepala-diskominfo", trackingNumber)).as("escalated to the Kadis").isEqualTo("LATE");
        assertThat(mailsAbout(trackingNumber, "kepala-bidang-egov@kotabogor.go.id")).anySatisfy(
                m -> assertThat(m.subject()).startsWith("Terlambat"));
        assertThat(mailsAbout(trackingNumber, "kepala-diskominfo@kotabogor.go.id")).anySatisfy(
                m -> assertThat(m.subject()).startsWith("Eskalasi"));

        monitor.tick();
        assertThat(mailsAbout(trackingNumber, "kepala-diskominfo@kotabogor.go.id"))
                .as("a step is escalated once").filteredOn(m -> m.subject().startsWith("Eskalasi")).hasSize(1);

        clock.set(at(9, 10).toInstant());
        act("kepala-bidang-egov", request(trackingNumber));
        HistoryEntry late = requests.history(BOGOR, r.id()).stream()
                .filter(h -> h.stepId().equals("disposisi-kepala-bidang")).findFirst().orElseThrow();
        assertThat(late.metStandard()).isFalse();
        assertThat(late.workingSeconds()).isEqualTo(40 * 60L);
        HistoryEntry onTime = requests.history(BOGOR, r.id()).stream()
                .filter(h -> h.stepId().equals("disposisi-kepala-diskominfo")).findFirst().orElseThrow();
        assertThat(onTime.metStandard()).isTrue();

        WebSession head = new WebSession(port);
        head.login("kepala-diskominfo@kota-bogor", JourneyDriver.DEMO_PASSWORD);
        Document sla = head.get("/sla?dari=2026-02-01&sampai=2026-02-28");
        Element row = sla.selectFirst("#sla-steps tr[data-step=disposisi-kepala-bidang]");
        assertThat(row).isNotNull();
        assertThat(sla.select("#sla-late a").eachText()).contains(trackingNumber);
        String csv = head.get("/sla/langkah.csv?dari=2026-02-01&sampai=2026-02-28").text();
        assertThat(csv).contains("step,disposisi-kepala-bidang,").contains("actor,kepala-bidang-egov,");
    }

    private String submit() {
        Map<String, String> form = new HashMap<>();
        form.put("type", "pribadi");
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", "BAPPEDA");
        form.put("contactEmail", TestApplicants.contactEmail());
        return new JourneyDriver(port, requests, null).submit("kota-bogor", form).selectFirst("#tracking-number").text();
    }

    private void act(String actor, RequestRecord request) {
        WebSession staff = new WebSession(port);
        staff.login(actor + "@kota-bogor", JourneyDriver.DEMO_PASSWORD);
        Document page = staff.get("/permohonan/" + request.id());
        Document after = staff.submit(page, "#step-form", Map.of("note", "disposisi"));
        assertThat(after.selectFirst("#flash-success")).as(after.text()).isNotNull();
    }

    /** The urgency badge of the request in this actor's inbox, or null when it is not there. */
    private String urgencyInInbox(String actor, String trackingNumber) {
        WebSession staff = new WebSession(port);
        Document inbox = staff.login(actor + "@kota-bogor", JourneyDriver.DEMO_PASSWORD);
        for (Element row : inbox.select("#inbox tbody tr")) {
            if (row.select("a.inbox-link").text().equals(trackingNumber)) {
                return row.attr("data-urgency");
            }
        }
        return null;
    }

    private List<Mail> mailsAbout(String trackingNumber, String address) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address, address).stream()
                    .filter(m -> m.subject().contains(trackingNumber)).toList();
            if (!mails.isEmpty() || Instant.now().isAfter(deadline)) {
                return mails;
            }
            Thread.sleep(100);
        }
    }

    private RequestRecord request(String trackingNumber) {
        return requests.findByTrackingNumber(BOGOR, trackingNumber).orElseThrow();
    }

    private static ZonedDateTime at(int hour, int minute) {
        return ZonedDateTime.of(2026, 2, 2, hour, minute, 0, 0, WIB);
    }
}
