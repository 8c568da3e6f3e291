package id.surel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.WebSession;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tenant admin words a notice; the mails of that tenant, and only of that tenant, use the new text. */
@SurelIntegrationTest
class NoticeTemplatesTest {

    private static final String LINK = "http://localhost/lacak/TOKEN-UJI";

    @LocalServerPort
    int port;

    @Autowired
    ReceiptNotice receipts;

    @Autowired
    Tenants tenants;

    @Autowired
    StaffDirectory staff;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReceiptWordedByOneTenantChangesItsMailsAndNotAnotherTenants() throws Exception {
        WebSession admin = new WebSession(port);
        admin.login("admin@kota-batam", "surel-demo");
        Document list = admin.get("/pengaturan/pesan");
        assertThat(list.selectFirst("#notice-receipt .state").text()).isEqualTo("bawaan");
        Document form = admin.get("/pengaturan/pesan/receipt");
        assertThat(form.select("#placeholders li[data-name=trackingLink] .required")).hasSize(1);
        Document saved = admin.submit(form, "#template-form", texts("Tanda terima Batam {{trackingNumber}}",
                "Halo {{applicantName}}, nomor {{trackingNumber}}. Lacak: {{trackingLink}}",
                "Batam receipt {{trackingNumber}}", "Hello {{applicantName}}, number {{trackingNumber}}: {{trackingLink}}"));
        assertThat(saved.selectFirst("#flash-success").text()).isEqualTo("Teks pesan disimpan.");
        assertThat(admin.get("/pengaturan/pesan").selectFirst("#notice-receipt .state").text()).isEqualTo("diubah");

        String batamApplicant = TestApplicants.contactEmail();
        assertThat(receipts.send(tenant("kota-batam"), "BTM-2026-000001", "Siti Batam", batamApplicant,
                "siti@batam.go.id", LINK)).isTrue();
        String morowaliApplicant = TestApplicants.contactEmail();
        assertThat(receipts.send(tenant("kab-morowali"), "MRW-2026-000001", "Siti Morowali", morowaliApplicant,
                "siti@morowalikab.go.id", LINK)).isTrue();

        StaffMailboxes boxes = new StaffMailboxes(mailServer);
        Mail batam = boxes.await(batamApplicant, "BTM-2026-000001");
        assertThat(batam.subject()).isEqualTo("Tanda terima Batam BTM-2026-000001 / Batam receipt BTM-2026-000001");
        assertThat(batam.body().replace("\r\n", "\n")).isEqualTo("Halo Siti Batam, nomor BTM-2026-000001. Lacak: " + LINK
                + "\n\n---\n\nHello Siti Batam, number BTM-2026-000001: " + LINK);
        Mail morowali = boxes.await(morowaliApplicant, "MRW-2026-000001");
        assertThat(morowali.subject()).isEqualTo("Permohonan MRW-2026-000001 diterima / Request MRW-2026-000001 received");
        assertThat(jdbc.sql("select action from audit_log where tenant_id = 'kota-batam' and subject = 'receipt'")
                .query(String.class).list()).contains("notice.template.saved");

        admin.submit(admin.get("/pengaturan/pesan/receipt"), "#reset-form", Map.of());
        String again = TestApplicants.contactEmail();
        receipts.send(tenant("kota-batam"), "BTM-2026-000002", "Siti Batam", again, "siti@batam.go.id", LINK);
        assertThat(boxes.await(again, "BTM-2026-000002").subject()).startsWith("Permohonan BTM-2026-000002 diterima");
    }

    @Test
    void anInvalidTemplateIsRefusedWithWhatIsWrongAndNothingIsStored() {
        WebSession admin = new WebSession(port);
        admin.login("admin@kota-bogor", "surel-demo");
        Document form = admin.get("/pengaturan/pesan/receipt");
        Document refused = admin.submit(form, "#template-form", texts("", "Nomor {{nip}} {{trackingNumber}}",
                "Receipt {{trackingNumber}}", "Number {{trackingNumber}}: {{trackingLink}}"));
        assertThat(refused.select("#template-problems li").eachText()).containsExactlyInAnyOrder(
                "Bahasa Indonesia: subjek tidak boleh kosong.");
        refused = admin.submit(form, "#template-form", texts("Tanda terima {{trackingNumber}}",
                "Nomor {{nip}} {{trackingNumber}}", "Receipt {{trackingNumber}}",
                "Number {{trackingNumber}}: {{trackingLink}}"));
        assertThat(refused.select("#template-problems li").eachText()).containsExactlyInAnyOrder(
                "Bahasa Indonesia: tempat isian \"nip\" tidak dikenal untuk pesan ini. Yang dapat dipakai: "
                        + "trackingNumber, applicantName, tenantName, address, trackingLink.",
                "Bahasa Indonesia: tempat isian wajib \"trackingLink\" tidak ada di isi pesan.");
        assertThat(refused.selectFirst("#bodyId").text()).as("the text typed is kept").contains("{{nip}}");

        WebSession english = new WebSession(port);
        english.get("/?lang=en");
        english.login("admin@kota-bogor", "surel-demo");
        Document credential = english.get("/pengaturan/pesan/credential");
        Document secret = english.submit(credential, "#template-form", texts("Sandi {{password}}",
                "Alamat {{address}} sandi {{password}}", "Account {{address}}",
                "Address {{address}} password {{password}}" + "x".repeat(TemplateRules.MAX_BODY)));
        assertThat(secret.select("#template-problems li").eachText()).containsExactlyInAnyOrder(
                "Indonesian: placeholder \"password\" is secret and may appear only in the body, not in the subject.",
                "English: the body may be at most 10000 characters long.");
        Document broken = english.submit(credential, "#template-form", texts("Akun {{#address}}",
                "Alamat {{address}} sandi {{password}}", "Account {{address}}", "{{address}} {{password}}"));
        assertThat(broken.select("#template-problems li").eachText()).singleElement().asString()
                .startsWith("Indonesian: a placeholder is written wrongly");
        assertThat(jdbc.sql("select count(*) from notice_template where tenant_id = 'kota-bogor'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void thePreviewFillsTheTextWithSampleValuesWithoutSavingIt() {
        WebSession admin = new WebSession(port);
        admin.login("admin@kab-morowali", "surel-demo");
        Document form = admin.get("/pengaturan/pesan/digest");
        Map<String, String> fields = texts("Ringkasan {{count}}",
                "Untuk {{staffName}}:\n{{#requests}}\n* {{trackingNumber}} sisa {{timeLeft}}\n{{/requests}}",
                "Digest {{count}}", "For {{staffName}}:\n{{#requests}}\n* {{trackingNumber}} left {{timeLeft}}\n{{/requests}}");
        fields.put("aksi", "pratinjau");
        Document preview = admin.submit(form, "#template-form", fields);
        assertThat(preview.selectFirst("#preview-subject").text()).isEqualTo("Ringkasan 2 / Digest 2");
        assertThat(preview.selectFirst("#preview-body").wholeText()).isEqualTo(
                "Untuk Budi Santoso:\n* KOTA-2026-000123 sisa 2 j 15 m\n* KOTA-2026-000124 sisa 2 j 15 m\n\n---\n\n"
                        + "For Budi Santoso:\n* KOTA-2026-000123 left 2 h 15 m\n* KOTA-2026-000124 left 2 h 15 m");
        Map<String, String> outside = texts("Ringkasan {{count}}", "{{trackingNumber}} {{#requests}}x{{/requests}}",
                "Digest {{count}}", "{{#requests}}x{{/requests}}");
        outside.put("aksi", "pratinjau");
        assertThat(admin.submit(form, "#template-form", outside).select("#template-problems li").eachText())
                .singleElement().asString().startsWith("Teks tidak dapat diisi dengan nilai contoh");
        assertThat(jdbc.sql("select count(*) from notice_template where tenant_id = 'kab-morowali'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheTenantAdminWordsNoticesAndEachStaffMemberChoosesTheirOwnPreference() {
        WebSession clerk = new WebSession(port);
        clerk.login("tim-pengelola@kota-cirebon", "surel-demo");
        clerk.get("/pengaturan/pesan/receipt");
        assertThat(clerk.lastStatus()).isEqualTo(403);

        Document page = clerk.get("/akun/pemberitahuan");
        assertThat(page.selectFirst("#mode-IMMEDIATE").hasAttr("checked")).isTrue();
        Document saved = clerk.submit(page, "#preference-form", Map.of("mode", "DIGEST"));
        assertThat(saved.selectFirst("#flash-success").text()).isEqualTo("Pilihan pemberitahuan disimpan.");
        assertThat(saved.selectFirst("#mode-DIGEST").hasAttr("checked")).isTrue();
        assertThat(staff.noticeMode(new TenantId("kota-cirebon"), "tim-pengelola@kota-cirebon")).isEqualTo("DIGEST");
        Document refused = clerk.submit(saved, "#preference-form", Map.of("mode", "SOMETIMES"));
        assertThat(refused.selectFirst("#flash-problem").text()).isEqualTo("Pilih salah satu cara pemberitahuan.");
        clerk.submit(refused, "#preference-form", Map.of("mode", "IMMEDIATE"));
        assertThat(staff.noticeMode(new TenantId("kota-cirebon"), "tim-pengelola@kota-cirebon")).isEqualTo("IMMEDIATE");
    }

    private Tenant tenant(String id) {
        return tenants.get(new TenantId(id));
    }

    private static Map<String, String> texts(String subjectId, String bodyId, String subjectEn, String bodyEn) {
        Map<String, String> fields = new HashMap<>();
        fields.put("subjectId", subjectId);
        fields.put("bodyId", bodyId);
        fields.put("subjectEn", subjectEn);
        fields.put("bodyEn", bodyEn);
        return fields;
    }
}
