package id.surel.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.sop.DefinitionInvalidException;
import id.surel.sop.SopCatalog;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** A new SOP version applies to new requests only; running ones finish on the version they started with. */
@SurelIntegrationTest
class DefinitionVersioningTest {

    private static final String V1 = "sop/kota-cirebon/akun-email-asn-v1.yaml";
    private static final TenantId CIREBON = new TenantId("kota-cirebon");

    @Autowired
    SopCatalog catalog;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Test
    void aRunningRequestStaysOnItsVersionWhileNewRequestsStartOnTheNewOne() throws IOException {
        String v1 = new ClassPathResource(V1).getContentAsString(StandardCharsets.UTF_8);
        String v2 = v1.replaceFirst("(?m)^version: 1$", "version: 2").replace("30 Menit", "45 Menit");
        Submission old = engine.submit(TestRequests.personal("kota-cirebon", "DINKES", "cirebonkota.go.id"));
        try {
            catalog.register(CIREBON.value(), "uji/akun-email-asn-v2.yaml", v2);
            Submission fresh = engine.submit(TestRequests.personal("kota-cirebon", "DINKES", "cirebonkota.go.id"));

            RequestRecord oldRequest = requests.find(CIREBON, old.requestId()).orElseThrow();
            RequestRecord newRequest = requests.find(CIREBON, fresh.requestId()).orElseThrow();
            assertThat(engine.definitionOf(oldRequest).version()).isEqualTo(1);
            assertThat(engine.definitionOf(newRequest).version()).isEqualTo(2);
            assertThat(engine.definitionOf(newRequest).step("verifikasi-kelengkapan").time().text()).isEqualTo("45 Menit");

            engine.complete(new ActingStaff(CIREBON, "tim", "Tim", Set.of("tim-pengelola")), oldRequest.id(),
                    oldRequest.version(), "disetujui", null);
            RequestRecord moved = requests.find(CIREBON, old.requestId()).orElseThrow();
            assertThat(moved.definitionId()).isEqualTo(oldRequest.definitionId());
            assertThat(requests.history(CIREBON, moved.id()))
                    .filteredOn(h -> h.stepId().equals("verifikasi-kelengkapan"))
                    .singleElement()
                    .satisfies(h -> assertThat(h.standardSeconds()).isEqualTo(30 * 60L));
        } finally {
            catalog.register(CIREBON.value(), V1, v1);
        }
        assertThat(catalog.active(CIREBON.value()).definition().version()).isEqualTo(1);
    }

    @Test
    void changingTheTextOfAStoredVersionIsRefused() throws IOException {
        String v1 = new ClassPathResource(V1).getContentAsString(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> catalog.register(CIREBON.value(), V1, v1.replace("30 Menit", "20 Menit")))
                .isInstanceOf(DefinitionInvalidException.class)
                .hasMessageContaining("raise the version");
        assertThat(catalog.active(CIREBON.value()).definition().step("verifikasi-kelengkapan").time().text())
                .isEqualTo("30 Menit");
    }
}
