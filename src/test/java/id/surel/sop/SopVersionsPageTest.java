package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** The admin uploads a new SOP version, sees every problem or checks it as a document, then activates it. */
@SurelIntegrationTest
class SopVersionsPageTest {

    private static final String MOROWALI = "kab-morowali";
    private static final String SEED = "sop/kab-morowali/penerbitan-email-v2.yaml";

    @LocalServerPort
    int port;

    @Autowired
    SopCatalog catalog;

    @AfterEach
    void backToTheSeedVersion() throws IOException {
        catalog.register(MOROWALI, SEED, seed());
    }

    @Test
    void anInvalidUploadIsRefusedWithEveryProblemNamed() {
        WebSession admin = admin();
        Document page = upload(admin, "rusak.yaml", "key: x\nversion: 0\nactors: []\nsteps: []\n");
        assertThat(page.select("#definition-problems li").eachText())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("unggahan/rusak.yaml"))
                .anySatisfy(p -> assertThat(p).contains("version"));
        assertThat(catalog.active(MOROWALI).definition().version()).isEqualTo(2);
    }

    @Test
    void aValidUploadIsPreviewedThenActivated() throws IOException {
        String v3 = seed().replaceFirst("(?m)^version: 2$", "version: 3")
                .replace("Kadis mendisposisi proses pembuatan email", "Kadis segera mendisposisi proses pembuatan email");
        WebSession admin = admin();
        Document preview = upload(admin, "penerbitan-email-v3.yaml", v3);
        assertThat(preview.selectFirst("#preview")).as(preview.text()).isNotNull();
        assertThat(preview.selectFirst("#sop-version").text()).isEqualTo("3");
        assertThat(preview.text()).contains("Kadis segera mendisposisi");
        assertThat(admin.get("/sop").selectFirst("#sop-version").text()).as("still the seed's v2 until activated").isEqualTo("2");

        Document versions = admin.submit(preview, "form[action*=aktifkan]", Map.of());
        assertThat(versions.selectFirst("#flash-success")).isNotNull();
        assertThat(catalog.active(MOROWALI).definition().version()).isEqualTo(3);
        assertThat(admin.get("/sop").selectFirst("#preview")).isNull();
    }

    @Test
    void staffWhoAreNotAdminMayLookButNotUpload() {
        WebSession staff = new WebSession(port);
        staff.login("kepala-dinas@kab-morowali", "surel-demo");
        assertThat(staff.get("/sop/versi").selectFirst("#versions-table")).isNotNull();
        assertThat(staff.get("/sop/versi").selectFirst("#upload-form")).isNull();
        staff.post("/sop/versi/1/aktifkan", Map.of());
        assertThat(staff.lastStatus()).isEqualTo(403);
    }

    private WebSession admin() {
        WebSession admin = new WebSession(port);
        admin.login("admin@kab-morowali", "surel-demo");
        return admin;
    }

    private Document upload(WebSession session, String name, String yaml) {
        return session.submit(session.get("/sop/versi"), "#upload-form", Map.of(), "file",
                yaml.getBytes(StandardCharsets.UTF_8), name);
    }

    private static String seed() throws IOException {
        return new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
    }
}
