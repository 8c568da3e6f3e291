package id.surel.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant admin's address rules page: an edit is checked, stored, audited and followed by the next proposal; a bad
 * edit changes nothing; only the admin of that government may make it; the try-out proposes without storing.
 */
@SurelIntegrationTest
class AddressRulesPageTest {

    private static final String BATAM = "kota-batam";
    private static final String BOGOR = "kota-bogor";

    @LocalServerPort
    int port;

    @Autowired
    MailPolicies policies;

    @Autowired
    AddressProposals proposals;

    @Autowired
    JdbcClient jdbc;

    private MailPolicy batamBefore;
    private MailPolicy bogorBefore;

    @BeforeEach
    void remember() {
        batamBefore = policies.forTenant(BATAM);
        bogorBefore = policies.forTenant(BOGOR);
    }

    @AfterEach
    void restore() {
        policies.save(BATAM, batamBefore);
        policies.save(BOGOR, bogorBefore);
    }

    @Test
    void theAdminSeesTheRulesInForceAndTheReservedNamesNoOneCanRemove() {
        Document page = admin(BATAM).get("/pengaturan/alamat");

        assertThat(page.selectFirst("#personal").wholeText()).isEqualTo(String.join("\n", batamBefore.naming().personal()));
        assertThat(page.selectFirst("#reserved").text()).isEqualTo("walikota, wakilwalikota, sekda");
        assertThat(page.selectFirst("#globally-reserved").text()).contains("postmaster", "abuse", "admin");
        assertThat(page.select("#globally-reserved input, #globally-reserved textarea")).isEmpty();
        assertThat(page.selectFirst("#nav-address-rules").attr("href")).endsWith("/pengaturan/alamat");
    }

    @Test
    void anEditedPatternIsStoredAuditedAndTheNextProposalFollowsIt() {
        assertThat(propose(BATAM, "Rini Wulandari")).isEqualTo("rini.wulandari@batam.go.id");
        WebSession admin = admin(BATAM);
        long audited = auditRows(BATAM);

        Document saved = save(admin, Map.of("personal", "{last}.{first}\n{first}.{last}", "reserved", "walikota, sekda"));

        assertThat(saved.selectFirst("#flash-success").text()).contains("disimpan");
        assertThat(propose(BATAM, "Rini Wulandari")).isEqualTo("wulandari.rini@batam.go.id");
        MailPolicy after = policies.forTenant(BATAM);
        assertThat(after.naming().personal()).containsExactly("{last}.{first}", "{first}.{last}");
        assertThat(after.naming().reserved()).containsExactly("walikota", "sekda");
        assertThat(after.capacityThresholdPercent()).isEqualTo(batamBefore.capacityThresholdPercent());
        assertThat(auditRows(BATAM)).isEqualTo(audited + 1);
        assertThat(jdbc.sql("""
                select actor || ' ' || details from audit_log where tenant_id = ? and action = 'address.rules.changed'
                order by position desc limit 1
                """).param(BATAM).query(String.class).single())
                .startsWith("admin@kota-batam personal: [{first}.{last}")
                .contains("-> [{last}.{first}, {first}.{last}]", "reserved: [walikota, wakilwalikota, sekda] -> [walikota, sekda]");
        assertThat(proposals.isReserved(BATAM, "wakilwalikota")).isFalse();
        assertThat(proposals.isReserved(BATAM, "postmaster")).as("global names stay reserved").isTrue();
    }

    @Test
    void anInvalidPatternIsRefusedWithASpecificErrorAndNothingChanges() {
        WebSession admin = admin(BATAM);
        long audited = auditRows(BATAM);

        Document page = save(admin, Map.of("personal", "{first}.{lats}", "reserved", "walikota, sek@da"));

        assertThat(page.selectFirst("#rules-problems")).isNotNull();
        assertThat(page.selectFirst("[data-field=personal]").text())
                .contains("{first}.{lats}", "{lats}", "tidak dikenal", "{first}, {last}");
        assertThat(page.selectFirst("[data-field=reserved]").text()).contains("sek@da");
        assertThat(page.selectFirst("#personal").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#personal").text()).as("what the admin typed is kept").isEqualTo("{first}.{lats}");
        assertThat(policies.forTenant(BATAM)).isEqualTo(batamBefore);
        assertThat(auditRows(BATAM)).isEqualTo(audited);

        admin.get("/pengaturan/alamat?lang=en");
        Document english = save(admin, Map.of("personal", "{first}.{lats}"));
        assertThat(english.selectFirst("[data-field=personal]").text())
                .isEqualTo("Pattern \"{first}.{lats}\": unknown placeholder {lats}. Usable here: "
                        + "{first}, {last}, {middle}, {m}, {f}, {unit}.");
        assertThat(policies.forTenant(BATAM)).isEqualTo(batamBefore);
    }

    @Test
    void aPatternThatCannotGiveAnAddressIsRefused() {
        Document page = save(admin(BATAM), Map.of("oneWord", "{first}.{last}"));

        assertThat(page.selectFirst("[data-field=oneWord]").text()).contains("{last}", "tidak pernah terisi");
        assertThat(policies.forTenant(BATAM)).isEqualTo(batamBefore);
    }

    @Test
    void theTryOutProposesByTheUnsavedRulesAndStoresNothing() {
        WebSession admin = admin(BATAM);
        Map<String, String> fields = formFields(admin.get("/pengaturan/alamat"));
        fields.put("personal", "{f}{last}");
        fields.put("unit", "{name}");
        fields.put("contohNama", "Dr. Rini Ayu Wulandari, S.Kom.");
        fields.put("contohUnit", "BAPENDA");

        Document page = admin.post("/pengaturan/alamat/coba", fields);

        assertThat(page.selectFirst("#preview-person").text()).isEqualTo("rwulandari@batam.go.id");
        assertThat(page.selectFirst("#preview-unit").text()).isEqualTo("badan.pendapatan.daerah@batam.go.id");
        assertThat(page.selectFirst("#personal").text()).isEqualTo("{f}{last}");
        assertThat(policies.forTenant(BATAM)).isEqualTo(batamBefore);

        fields.put("contohNama", "...");
        assertThat(admin.post("/pengaturan/alamat/coba", fields).selectFirst("#preview-problem")).isNotNull();
    }

    @Test
    void staffWhoAreNotTheAdminAreRefused() {
        WebSession staff = new WebSession(port);
        staff.login("kepala-bidang-egov@kota-batam", "surel-demo");

        staff.get("/pengaturan/alamat");
        assertThat(staff.lastStatus()).isEqualTo(403);
        staff.post("/pengaturan/alamat", Map.of("personal", "{last}", "oneWord", "{first}", "unit", "{acronym}",
                "event", "{name}", "reserved", ""));
        assertThat(staff.lastStatus()).isEqualTo(403);
        staff.post("/pengaturan/alamat/coba", Map.of("personal", "{last}"));
        assertThat(staff.lastStatus()).isEqualTo(403);
        assertThat(policies.forTenant(BATAM)).isEqualTo(batamBefore);
        Document inbox = staff.get("/kotak-masuk");
        assertThat(inbox.selectFirst("#nav-inbox")).as("logged in").isNotNull();
        assertThat(inbox.selectFirst("#nav-address-rules")).isNull();
    }

    @Test
    void oneGovernmentsEditLeavesAnothersRulesAlone() {
        save(admin(BATAM), Map.of("personal", "{last}.{first}", "reserved", "tamu"));

        assertThat(policies.forTenant(BOGOR)).isEqualTo(bogorBefore);
        assertThat(propose(BOGOR, "Rini Wulandari")).isEqualTo("rini.wulandari@kotabogor.go.id");
        assertThat(proposals.isReserved(BOGOR, "tamu")).isFalse();
        assertThat(proposals.isReserved(BATAM, "tamu")).isTrue();
        Document bogorPage = admin(BOGOR).get("/pengaturan/alamat");
        assertThat(bogorPage.selectFirst("#personal").text()).doesNotContain("{last}.{first}");
        assertThat(bogorPage.selectFirst("#reserved").text()).doesNotContain("tamu");
    }

    private String propose(String tenant, String name) {
        String domain = BATAM.equals(tenant) ? "batam.go.id" : "kotabogor.go.id";
        return proposals.forPerson(tenant, domain, name, "SETDA").orElseThrow().toString();
    }

    private WebSession admin(String tenant) {
        WebSession session = new WebSession(port);
        session.login("admin@" + tenant, "surel-demo");
        return session;
    }

    /** Submits the rules form as a browser would: the fields shown, with {@code changes} typed over them. */
    private static Document save(WebSession session, Map<String, String> changes) {
        Document page = session.get("/pengaturan/alamat");
        Map<String, String> fields = formFields(page);
        fields.putAll(changes);
        return session.submit(page, "#rules-form", fields);
    }

    private static Map<String, String> formFields(Document page) {
        Map<String, String> fields = new HashMap<>();
        Element form = page.selectFirst("#rules-form");
        for (String field : List.of("personal", "oneWord", "unit", "event", "reserved")) {
            fields.put(field, form.selectFirst("#" + field).wholeText());
        }
        if (form.selectFirst("#numbered").hasAttr("checked")) {
            fields.put("numbered", "true");
        }
        return fields;
    }

    private long auditRows(String tenant) {
        return jdbc.sql("select count(*) from audit_log where tenant_id = ? and action = 'address.rules.changed'")
                .param(tenant).query(Long.class).single();
    }
}
