package id.surel.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.StaffMember;
import id.surel.tenant.TenantId;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant admin manages staff accounts: a new account holds no SOP actor, its admin-chosen password must be changed
 * at first login, actors are given and taken, the account is disabled and enabled, and no password reaches the audit.
 */
@SurelIntegrationTest
class StaffAccountsTest {

    private static final TenantId CIREBON = new TenantId("kota-cirebon");
    private static final String FIRST = "Tunas-Kelapa-Muda-81";
    private static final String OWN = "Perahu-Layar-Biru-2040";

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewAccountStartsWithoutRolesAndMustChangeTheAdminsPasswordFirst() {
        WebSession admin = adminSession();
        Document created = admin.submit(admin.get("/staf"), "#new-account-form",
                Map.of("login", "dewi.lestari", "nama", "Dewi Lestari", "email", "dewi@example.test", "sandi", FIRST));
        assertThat(created.selectFirst("#flash-success")).as(created.text()).isNotNull();
        StaffMember dewi = directory.find(CIREBON, "dewi.lestari@kota-cirebon").orElseThrow();
        assertThat(dewi.actorIds()).isEmpty();
        assertThat(dewi.admin()).isFalse();
        assertThat(dewi.mustChangePassword()).isTrue();
        assertThat(dewi.passwordHash()).startsWith("{bcrypt}").doesNotContain(FIRST);

        WebSession owner = new WebSession(port);
        Document first = owner.login("dewi.lestari@kota-cirebon", FIRST);
        assertThat(first.selectFirst("#password-required")).as(first.text()).isNotNull();
        assertThat(owner.get("/kotak-masuk").selectFirst("#password-required"))
                .as("no other page opens before the change").isNotNull();
        Document weak = owner.submit(owner.get("/akun/sandi"), "#password-form",
                Map.of("lama", FIRST, "baru", "dewi-lestari-2024", "ulang", "dewi-lestari-2024"));
        assertThat(weak.selectFirst("#flash-problem").text()).contains("nama pengguna atau nama Anda");
        Document changed = owner.submit(owner.get("/akun/sandi"), "#password-form",
                Map.of("lama", FIRST, "baru", OWN, "ulang", OWN));
        assertThat(changed.selectFirst("#flash-success")).as(changed.text()).isNotNull();
        assertThat(owner.get("/kotak-masuk").selectFirst("#inbox")).isNotNull();
        assertThat(directory.find(CIREBON, "dewi.lestari@kota-cirebon").orElseThrow().mustChangePassword()).isFalse();

        assertThat(new WebSession(port).login("dewi.lestari@kota-cirebon", OWN).selectFirst("#inbox")).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_log where details like ? or subject like ?")
                .params("%" + FIRST + "%", "%" + OWN + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by position")
                .param("dewi.lestari@kota-cirebon").query(String.class).list())
                .containsSubsequence("staff.created", "staff.password.changed");
    }

    @Test
    void weakPasswordsAndBadNamesAreRefusedInBothLanguagesAndNothingIsStored() {
        WebSession admin = adminSession();
        Document page = admin.submit(admin.get("/staf"), "#new-account-form",
                Map.of("login", "agus", "nama", "Agus Salim", "sandi", "password2024!"));
        assertThat(page.selectFirst("#flash-problem").text()).contains("terlalu umum");
        assertThat(page.selectFirst("#login").val()).as("the form keeps what was typed").isEqualTo("agus");
        assertThat(page.selectFirst("#sandi").val()).isEmpty();
        Document english = admin.submit(admin.get("/staf?lang=en"), "#new-account-form",
                Map.of("login", "agus", "nama", "Agus Salim", "sandi", "short-1"));
        assertThat(english.selectFirst("#flash-problem").text()).contains("at least 12 characters");
        Document badLogin = admin.submit(admin.get("/staf?lang=id"), "#new-account-form",
                Map.of("login", "Agus Salim!", "nama", "Agus Salim", "sandi", FIRST));
        assertThat(badLogin.selectFirst("#flash-problem").text()).contains("huruf kecil");
        Document taken = admin.submit(admin.get("/staf"), "#new-account-form",
                Map.of("login", "admin", "nama", "Agus Salim", "sandi", FIRST));
        assertThat(taken.selectFirst("#flash-problem").text()).contains("sudah dipakai");
        assertThat(directory.find(CIREBON, "agus@kota-cirebon")).isEmpty();
        assertThat(directory.find(CIREBON, "admin@kota-cirebon").orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void theAdminGivesEitherOfTwoAccountsARoleAndDisablesAnAccount() {
        WebSession admin = adminSession();
        admin.submit(admin.get("/staf"), "#new-account-form",
                Map.of("login", "sekdis", "nama", "Sekretaris Dinas", "sandi", FIRST));
        String actor = firstStaffActor();
        Document edit = admin.get("/staf/akun/sekdis@kota-cirebon");
        Document saved = admin.submit(edit, "#account-form", Map.of("nama", "Sekretaris Dinas", "peran", actor));
        assertThat(saved.selectFirst("#flash-success")).as(saved.text()).isNotNull();
        assertThat(directory.usernamesActingAs(CIREBON, actor)).contains("sekdis@kota-cirebon", actor + "@kota-cirebon");
        Document unknownActor = admin.submit(edit, "#account-form", Map.of("nama", "Sekretaris Dinas", "peran", "raja"));
        assertThat(unknownActor.selectFirst("#flash-problem").text()).contains("tidak ada dalam SOP");
        assertThat(directory.find(CIREBON, "sekdis@kota-cirebon").orElseThrow().actorIds()).containsExactly(actor);

        Document disabled = admin.submit(admin.get("/staf/akun/sekdis@kota-cirebon"), "#status-form", Map.of());
        assertThat(disabled.selectFirst("#account-status").text()).isEqualTo("Nonaktif");
        assertThat(new WebSession(port).login("sekdis@kota-cirebon", FIRST).selectFirst("#login-error")).isNotNull();
        assertThat(directory.usernamesActingAs(CIREBON, actor)).doesNotContain("sekdis@kota-cirebon");
        admin.submit(admin.get("/staf/akun/sekdis@kota-cirebon"), "#status-form", Map.of());
        assertThat(new WebSession(port).login("sekdis@kota-cirebon", FIRST).selectFirst("#password-required"))
                .isNotNull();

        Document own = admin.submit(admin.get("/staf/akun/admin@kota-cirebon"), "#status-form", Map.of());
        assertThat(own.selectFirst("#flash-problem").text()).contains("akun Anda sendiri");
    }

    @Test
    void anotherTenantsAccountIsNotFound() {
        WebSession admin = adminSession();
        admin.get("/staf/akun/admin@kota-bogor");
        assertThat(admin.lastStatus()).isEqualTo(404);
        admin.post("/staf/akun/admin@kota-bogor/status", Map.of("aktif", "false"));
        assertThat(admin.lastStatus()).isEqualTo(404);
        assertThat(directory.find(new TenantId("kota-bogor"), "admin@kota-bogor").orElseThrow().enabled()).isTrue();
    }

    private String firstStaffActor() {
        return jdbc.sql("""
                select a.actor_id from staff_actor a join staff s on s.id = a.staff_id
                where s.tenant_id = 'kota-cirebon' and s.username = a.actor_id || '@kota-cirebon' order by 1 limit 1
                """).query(String.class).single();
    }

    private WebSession adminSession() {
        WebSession admin = new WebSession(port);
        admin.login("admin@kota-cirebon", "surel-demo");
        return admin;
    }
}
