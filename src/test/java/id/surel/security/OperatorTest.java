package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.SopCatalog;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator (super-admin) lists, creates, deactivates and re-activates tenants, and cannot open any tenant's
 * requests or staff; a tenant admin cannot reach the operator's page.
 */
@SurelIntegrationTest
class OperatorTest {

    private static final String ADMIN_PASSWORD = "Pelabuhan-Senja-Tiba-93";

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    SopCatalog catalog;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Test
    void theOperatorCreatesATenantWhoseAdminMustChangeThePasswordAndDeactivatesIt() {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String id = "kab-uji-" + suffix;
        String code = letters(suffix);
        WebSession operator = operator();
        Document list = operator.get("/pengelola");
        assertThat(list.select("#tenants tr[data-tenant]").eachAttr("data-tenant")).contains("kota-bogor", "kab-morowali");

        Document created = operator.submit(list, "#new-tenant-form", form(id, code, "Asia/Jayapura", ADMIN_PASSWORD));
        assertThat(created.selectFirst("#flash-success")).as(created.text()).isNotNull();
        assertThat(tenants.get(new TenantId(id)).zone().getId()).isEqualTo("Asia/Jayapura");
        assertThat(catalog.active(id).definition().actors()).isNotEmpty();
        assertThat(tenants.units(new TenantId(id))).extracting("code").containsExactly("DISKOMINFO", "SETDA");

        WebSession admin = new WebSession(port);
        assertThat(admin.login("admin@" + id, ADMIN_PASSWORD).selectFirst("#password-required")).isNotNull();

        WebSession applicant = new WebSession(port);
        applicant.get("/layanan/" + id + "/permohonan");
        assertThat(applicant.lastStatus()).isEqualTo(200);

        Document off = operator.submit(operator.get("/pengelola"),
                "tr[data-tenant=" + id + "] .tenant-status-form", Map.of());
        assertThat(off.selectFirst("tr[data-tenant=" + id + "] .tenant-status").text()).isEqualTo("Nonaktif");
        admin.get("/akun/sandi");
        assertThat(admin.lastUrl()).as("the open session of a deactivated tenant's admin ends").endsWith("/login");
        Document closed = applicant.get("/layanan/" + id + "/permohonan");
        assertThat(applicant.lastStatus()).isEqualTo(404);
        assertThat(closed.text()).contains("Halaman tidak ditemukan").doesNotContain("Pemerintah Kabupaten Uji");
        assertThat(new WebSession(port).login("admin@" + id, ADMIN_PASSWORD).selectFirst("#login-error"))
                .as("staff of a deactivated tenant cannot log in").isNotNull();
        operator.submit(operator.get("/pengelola"), "tr[data-tenant=" + id + "] .tenant-status-form", Map.of());
        assertThat(new WebSession(port).login("admin@" + id, ADMIN_PASSWORD).selectFirst("#password-required"))
                .isNotNull();
    }

    @Test
    void badTenantDetailsAreRefusedAndNothingIsCreated() {
        WebSession operator = operator();
        Document zone = operator.submit(operator.get("/pengelola"), "#new-tenant-form",
                form("kab-salah", "SLH", "Europe/Paris", ADMIN_PASSWORD));
        assertThat(zone.selectFirst("#flash-problem").text()).contains("zona waktu Indonesia");
        Document weak = operator.submit(operator.get("/pengelola"), "#new-tenant-form",
                form("kab-salah", "SLH", "Asia/Jakarta", "qwerty123456"));
        assertThat(weak.selectFirst("#flash-problem").text()).contains("terlalu umum");
        Document taken = operator.submit(operator.get("/pengelola"), "#new-tenant-form",
                form("kab-salah", "BGR", "Asia/Jakarta", ADMIN_PASSWORD));
        assertThat(taken.selectFirst("#flash-problem").text()).contains("sudah dipakai");
        assertThat(tenants.find(new TenantId("kab-salah"))).isEmpty();
    }

    @Test
    void theOperatorReadsNoTenantDataAndATenantAdminCannotReachTheOperatorsPage() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord request = requests.find(new TenantId("kota-bogor"), s.requestId()).orElseThrow();
        WebSession operator = operator();
        for (String path : new String[] {"/kotak-masuk", "/permohonan/" + request.id(), "/staf", "/audit",
                "/laporan", "/dasbor"}) {
            Document page = operator.get(path);
            assertThat(operator.lastStatus()).as(path).isEqualTo(403);
            assertThat(page.outerHtml()).as(path).doesNotContain(request.applicantName());
        }

        WebSession admin = new WebSession(port);
        admin.login("admin@kota-bogor", "surel-demo");
        admin.get("/pengelola");
        assertThat(admin.lastStatus()).isEqualTo(403);
        admin.post("/pengelola/penyewa", form("kab-admin", "ADM", "Asia/Jakarta", ADMIN_PASSWORD));
        assertThat(admin.lastStatus()).isEqualTo(403);
        admin.post("/pengelola/penyewa/kota-batam/status", Map.of("aktif", "false"));
        assertThat(admin.lastStatus()).isEqualTo(403);
        assertThat(tenants.find(new TenantId("kab-admin"))).isEmpty();
        assertThat(tenants.inactiveIds()).doesNotContain("kota-batam");
    }

    private WebSession operator() {
        WebSession operator = new WebSession(port);
        Document landing = operator.login("operator", "surel-demo");
        assertThat(landing.selectFirst("#tenants")).as(landing.text()).isNotNull();
        return operator;
    }

    private static Map<String, String> form(String id, String code, String zone, String password) {
        Map<String, String> form = new HashMap<>();
        form.put("id", id);
        form.put("kode", code);
        form.put("nama", "Pemerintah Kabupaten Uji");
        form.put("domain", id + ".go.id");
        form.put("zona", zone);
        form.put("sop", "sop/kab-morowali/penerbitan-email-v1.yaml");
        form.put("unit", "DISKOMINFO Dinas Komunikasi dan Informatika\nSETDA Sekretariat Daerah");
        form.put("sandi", password);
        return form;
    }

    private static String letters(String digits) {
        StringBuilder code = new StringBuilder();
        for (char c : digits.toCharArray()) {
            code.append((char) ('K' + (c - '0')));
        }
        return code.length() < 2 ? code + "QQ" : code.toString();
    }
}
