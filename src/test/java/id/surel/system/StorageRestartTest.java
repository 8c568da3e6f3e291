package id.surel.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.SurelApplication;
import id.surel.mailbox.AddressProposals;
import id.surel.mailbox.MailPolicies;
import id.surel.mailbox.MailPolicy;
import id.surel.mailbox.NamingRules;
import id.surel.mailbox.NamingRulesChanges;
import id.surel.sop.SopCatalog;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The default run keeps its data in a folder: what was stored before a restart is there after it, and the seed
 * loader does not switch an admin's newer SOP version back nor undo the admin's address rules.
 */
class StorageRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheRequestsTheirHistoryAndTheActiveSopVersion() throws IOException {
        Submission submitted;
        try (ConfigurableApplicationContext first = start()) {
            submitted = first.getBean(RequestEngine.class)
                    .submit(TestRequests.personal("kab-morowali", "DINKES", "morowalikab.go.id"));
            String seed = new ClassPathResource("sop/kab-morowali/penerbitan-email-v2.yaml")
                    .getContentAsString(StandardCharsets.UTF_8);
            first.getBean(SopCatalog.class).register("kab-morowali", "admin/penerbitan-email-v3.yaml",
                    seed.replaceFirst("(?m)^version: 2$", "version: 3"));
            first.getBean(NamingRulesChanges.class).change("kab-morowali", "admin@kab-morowali",
                    new NamingRules(List.of("{last}.{first}"), null, null, null, true, List.of("bupati", "tamu")));
        }
        try (ConfigurableApplicationContext second = start()) {
            Requests requests = second.getBean(Requests.class);
            TenantId morowali = new TenantId("kab-morowali");
            assertThat(requests.find(morowali, submitted.requestId()))
                    .hasValueSatisfying(r -> assertThat(r.trackingNumber()).isEqualTo(submitted.trackingNumber()));
            assertThat(requests.history(morowali, submitted.requestId())).hasSize(1);
            assertThat(second.getBean(SopCatalog.class).active("kab-morowali").definition().version()).isEqualTo(3);
            MailPolicy policy = second.getBean(MailPolicies.class).forTenant("kab-morowali");
            assertThat(policy.naming().personal()).as("the seed does not undo the admin's edit")
                    .containsExactly("{last}.{first}");
            assertThat(policy.naming().reserved()).containsExactly("bupati", "tamu");
            assertThat(second.getBean(AddressProposals.class)
                    .forPerson("kab-morowali", "morowalikab.go.id", "Rini Wulandari", "DINKES"))
                    .hasValueSatisfying(a -> assertThat(a.local()).isEqualTo("wulandari.rini"));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SurelApplication.class)
                .profiles("test")
                .run("--surel.database.embedded.data-dir=" + dataDir.resolve("postgres"), "--server.port=0",
                        "--surel.outbox.worker-enabled=false");
    }
}
