package id.surel.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff pages over HTTP: login is required, and another government's requests do not exist for you. */
@SurelIntegrationTest
class StaffPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theInboxNeedsALogin() {
        WebSession anonymous = new WebSession(port);
        Document page = anonymous.get("/kotak-masuk");
        assertThat(anonymous.lastUrl()).endsWith("/login");
        assertThat(page.selectFirst("#login-submit")).isNotNull();
    }

    @Test
    void aLoginSessionLivesInTheDatabaseSoAnyNodeCanServeIt() {
        WebSession session = new WebSession(port);
        session.login("tim-pengelola@kota-cirebon", "surel-demo");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param("tim-pengelola@kota-cirebon").query(Long.class).single()).isPositive();
        assertThat(session.get("/kotak-masuk").selectFirst("#inbox")).isNotNull();
    }

    @Test
    void aWrongPasswordIsRefused() {
        WebSession session = new WebSession(port);
        Document page = session.login("tim-pengelola@kota-cirebon", "salah-sandi");
        assertThat(session.lastUrl()).contains("/login?error");
        assertThat(page.text()).contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void staffOfAnotherGovernmentGetNotFoundForTheRequestItsLetterAndItsActions() {
        Submission bogor = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord before = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow();
        WebSession cirebon = new WebSession(port);
        Document inbox = cirebon.login("tim-pengelola@kota-cirebon", "surel-demo");
        assertThat(inbox.select("a").eachText()).doesNotContain(bogor.trackingNumber());

        Document page = cirebon.get("/permohonan/" + bogor.requestId());
        assertThat(cirebon.lastStatus()).isEqualTo(404);
        assertThat(page.text()).doesNotContain(before.applicantName());
        cirebon.get("/permohonan/" + bogor.requestId() + "/surat");
        assertThat(cirebon.lastStatus()).isEqualTo(404);

        cirebon.post("/permohonan/" + bogor.requestId() + "/langkah", Map.of("version", "" + before.version()));
        assertThat(cirebon.lastStatus()).isEqualTo(404);
        RequestRecord after = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.currentStep()).isEqualTo(before.currentStep());
    }

    @Test
    void theRightRoleSeesTheRequestInItsInboxAndCanOpenTheLetter() {
        Submission bogor = engine.submit(TestRequests.personal("kota-bogor", "DINKES", "kotabogor.go.id"));
        WebSession kadis = new WebSession(port);
        Document inbox = kadis.login("kepala-diskominfo@kota-bogor", "surel-demo");
        assertThat(inbox.select("a.inbox-link").eachText()).contains(bogor.trackingNumber());
        Document page = kadis.get("/permohonan/" + bogor.requestId());
        assertThat(page.selectFirst("#complete-step")).isNotNull();
        kadis.get("/permohonan/" + bogor.requestId() + "/surat");
        assertThat(kadis.lastStatus()).isEqualTo(200);

        WebSession admin = new WebSession(port);
        admin.login("admin-pengelola@kota-bogor", "surel-demo");
        Document notYours = admin.get("/permohonan/" + bogor.requestId());
        assertThat(notYours.selectFirst("#step-form")).isNull();
        assertThat(notYours.text()).contains("Langkah ini menunggu pelaksana dengan peran lain.");
    }
}
