package id.surel.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An acting official (Plt.) may act for a role only within the dates of the delegation; the history names them so. */
@SurelIntegrationTest
class DelegationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final TenantId BATAM = new TenantId("kota-batam");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theActingOfficialActsOnlyWithinTheDelegationsDates() {
        WebSession admin = new WebSession(port);
        admin.login("admin@kota-batam", "surel-demo");
        Document staffPage = admin.post("/staf/delegasi", Map.of("actor", "kepala-bidang-egov", "delegate",
                "petugas-pengelola-akun@kota-batam", "dari", "2097-03-02", "sampai", "2097-03-04", "alasan",
                "Kabid dinas luar"));
        assertThat(staffPage.selectFirst("#flash-success")).as(staffPage.text()).isNotNull();
        assertThat(staffPage.select("#delegations td").eachText()).contains("Kabid dinas luar");

        clock.set(day(2, 9));
        Submission s = engine.submit(TestRequests.personal("kota-batam", "SETDA", "batam.go.id"));
        RequestRecord r = requests.find(BATAM, s.requestId()).orElseThrow();
        assertThat(r.currentActor()).isEqualTo("kepala-bidang-egov");

        clock.set(day(1, 9));
        assertThat(canAct(r)).as("before the delegation starts").isFalse();
        clock.set(day(5, 9));
        assertThat(canAct(r)).as("after the delegation ended").isFalse();

        clock.set(day(3, 10));
        WebSession plt = new WebSession(port);
        Document inbox = plt.login("petugas-pengelola-akun@kota-batam", "surel-demo");
        assertThat(inbox.select("a.inbox-link").eachText()).contains(r.trackingNumber());
        Document after = plt.submit(plt.get("/permohonan/" + r.id()), "#step-form", Map.of("note", "a.n. Kabid"));
        assertThat(after.selectFirst("#flash-success")).as(after.text()).isNotNull();
        HistoryEntry done = requests.history(BATAM, r.id()).stream()
                .filter(h -> "kepala-bidang-egov".equals(h.actorId())).findFirst().orElseThrow();
        assertThat(done.completedBy()).isEqualTo("petugas-pengelola-akun@kota-batam");
        assertThat(done.completedByName()).endsWith("(Plt. Kepala Bidang Penyelenggaraan E-Government)");
    }

    @Test
    void aDelegationToAnotherGovernmentsStaffIsRefused() {
        WebSession admin = new WebSession(port);
        admin.login("admin@kota-batam", "surel-demo");
        Document page = admin.post("/staf/delegasi", Map.of("actor", "kepala-bidang-egov", "delegate",
                "tim-pengelola@kota-cirebon", "dari", "2097-03-02", "sampai", "2097-03-04"));
        assertThat(page.selectFirst("#flash-problem")).isNotNull();
    }

    private boolean canAct(RequestRecord r) {
        WebSession plt = new WebSession(port);
        plt.login("petugas-pengelola-akun@kota-batam", "surel-demo");
        return plt.get("/permohonan/" + r.id()).selectFirst("#step-form") != null;
    }

    private static java.time.Instant day(int day, int hour) {
        return ZonedDateTime.of(2097, 3, day, hour, 0, 0, 0, WIB).toInstant();
    }
}
