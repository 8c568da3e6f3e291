package id.surel.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.sop.DefinitionNotFoundException;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopService;
import id.surel.sop.StoredDefinition;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** One active definition per service: activating a lifecycle SOP leaves the other services' active ones alone. */
@SurelIntegrationTest
class ServiceCatalogTest {

    private static final String RESET_V1 = "sop/kota-cirebon/atur-ulang-sandi-v1.yaml";
    private static final String CIREBON = "kota-cirebon";

    @Autowired
    SopCatalog catalog;

    @Autowired
    RequestEngine engine;

    @Test
    void activatingAResetVersionLeavesTheNewAccountSopActive() throws IOException {
        StoredDefinition newAccount = catalog.active(CIREBON);
        StoredDefinition reset = catalog.active(CIREBON, SopService.PASSWORD_RESET).orElseThrow();
        String v1 = new ClassPathResource(RESET_V1).getContentAsString(StandardCharsets.UTF_8);
        String v2 = v1.replaceFirst("(?m)^version: 1$", "version: 2").replace("time: 30 Menit", "time: 45 Menit");
        try {
            StoredDefinition stored = catalog.storeVersion(CIREBON, "uji/atur-ulang-sandi-v2.yaml", v2);
            catalog.activateVersion(CIREBON, stored.id());

            assertThat(catalog.active(CIREBON, SopService.PASSWORD_RESET)).hasValueSatisfying(
                    d -> assertThat(d.id()).isEqualTo(stored.id()));
            assertThat(catalog.active(CIREBON).id()).isEqualTo(newAccount.id());
            assertThat(catalog.active(CIREBON, SopService.SUSPEND)).isPresent();
            assertThat(catalog.activeServices(CIREBON)).containsExactly(SopService.PASSWORD_RESET,
                    SopService.SUSPEND, SopService.CLOSE, SopService.QUOTA_CHANGE);
            assertThat(catalog.versions(CIREBON)).filteredOn(v -> v.service() == SopService.PASSWORD_RESET)
                    .extracting(v -> v.version() + ":" + v.active()).contains("2:true", "1:false");
        } finally {
            catalog.activateVersion(CIREBON, reset.id());
        }
        assertThat(catalog.active(CIREBON, SopService.PASSWORD_RESET).orElseThrow().id()).isEqualTo(reset.id());
    }

    @Test
    void aServiceWithoutAnActiveSopIsNotOffered() {
        assertThat(catalog.activeServices("kota-batam")).isEmpty();
        assertThat(catalog.active("kota-batam", SopService.PASSWORD_RESET)).isEmpty();
        assertThatThrownBy(() -> engine.submit(TestRequests.personal("kota-batam", "BAPENDA", "batam.go.id"),
                SopService.PASSWORD_RESET)).isInstanceOf(DefinitionNotFoundException.class);
    }

    @Test
    void staffRolesAreTheUnionOfEveryActiveSopsActors() throws IOException {
        StoredDefinition reset = catalog.active(CIREBON, SopService.PASSWORD_RESET).orElseThrow();
        String v1 = new ClassPathResource(RESET_V1).getContentAsString(StandardCharsets.UTF_8);
        String v3 = v1.replaceFirst("(?m)^version: 1$", "version: 3")
                .replace("""
                          - id: tim-pengelola
                        """, """
                          - id: petugas-layanan
                            name: Petugas Layanan Akun
                          - id: tim-pengelola
                        """)
                .replace("kind: decision\n    actor: tim-pengelola", "kind: decision\n    actor: petugas-layanan");
        assertThat(catalog.activeStaffActors(CIREBON)).extracting(a -> a.id()).containsExactly("tim-pengelola");
        try {
            catalog.activateVersion(CIREBON, catalog.storeVersion(CIREBON, "uji/atur-ulang-sandi-v3.yaml", v3).id());

            assertThat(catalog.activeStaffActors(CIREBON)).extracting(a -> a.id())
                    .containsExactly("tim-pengelola", "petugas-layanan");
        } finally {
            catalog.activateVersion(CIREBON, reset.id());
        }
    }
}
