package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.KeycloakServer;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real Keycloak started by the test: a Bogor official logs in through Bogor's identity
 * provider and gets the SOP actors and admin right its roles grant; a provider user without a Surel account, or of
 * another government, is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcLoginTest {

    private static final TenantId BOGOR = new TenantId("kota-bogor");

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory directory;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        KeycloakServer keycloak = KeycloakServer.start();
        String registration = "spring.security.oauth2.client.registration.kota-bogor.";
        registry.add(registration + "client-id", () -> "surel-bogor");
        registry.add(registration + "client-secret", () -> "surel-bogor-test-secret");
        registry.add(registration + "client-name", () -> "SSO Kota Bogor");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.kota-bogor.issuer-uri", keycloak::issuer);
        registry.add("surel.sso.registrations.kota-bogor.tenant", () -> "kota-bogor");
    }

    @Test
    void anOfficialLogsInThroughTheProviderWithTheActorsItsRolesGrant() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord r = requests.find(BOGOR, s.requestId()).orElseThrow();
        assertThat(r.currentActor()).isEqualTo("kepala-diskominfo");

        WebSession kadis = new WebSession(port);
        Document inbox = sso(kadis, "kepala-diskominfo@kota-bogor", "kc-Kadis-Bogor-2026");
        assertThat(inbox.selectFirst("#inbox")).as(inbox.text()).isNotNull();
        assertThat(inbox.select("a.inbox-link").eachText()).contains(r.trackingNumber());
        kadis.get("/staf");
        assertThat(kadis.lastStatus()).as("no admin role, no staff page").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and action = 'login.succeeded'")
                .param("kepala-diskominfo@kota-bogor").query(Long.class).single()).isPositive();
    }

    @Test
    void theAdminRightComesFromTheProvidersRolesNotFromTheLocalAccount() {
        directory.create(BOGOR, "plt-sso@kota-bogor", "{noop}unused-" + System.nanoTime(), "Plt Bogor", null,
                Set.of(), false, false);
        WebSession plt = new WebSession(port);
        Document inbox = sso(plt, "plt-sso@kota-bogor", "kc-Plt-Bogor-2026");
        assertThat(inbox.selectFirst("#inbox")).as(inbox.text()).isNotNull();
        Document staff = plt.get("/staf");
        assertThat(plt.lastStatus()).isEqualTo(200);
        assertThat(staff.selectFirst("#staff")).isNotNull();
    }

    @Test
    void aProviderUserWithoutASurelAccountIsRefused() {
        WebSession stranger = new WebSession(port);
        Document page = sso(stranger, "orang-asing@kota-bogor", "kc-Asing-Bogor-2026");
        assertThat(page.selectFirst("#login-sso-refused")).as(page.text()).isNotNull();
        stranger.get("/kotak-masuk");
        assertThat(stranger.lastUrl()).contains("/login");
    }

    @Test
    void aUserOfAnotherGovernmentIsRefusedEvenWithAnAccountThere() {
        assertThat(directory.find(new TenantId("kota-batam"), "admin@kota-batam")).isPresent();
        WebSession batam = new WebSession(port);
        Document page = sso(batam, "admin@kota-batam", "kc-Admin-Batam-2026");
        assertThat(page.selectFirst("#login-sso-refused")).as(page.text()).isNotNull();
    }

    private Document sso(WebSession session, String username, String password) {
        Document login = session.get("/login");
        String href = login.selectFirst("#sso-links a.sso-link").attr("href");
        Document provider = session.get(href);
        return session.submit(provider, "#kc-form-login", Map.of("username", username, "password", password));
    }
}
