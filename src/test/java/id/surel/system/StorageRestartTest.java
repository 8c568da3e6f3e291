package id.surel.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.SurelApplication;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run keeps its data in a folder: a request submitted before a restart is there after it. */
class StorageRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheRequestsAndTheirHistory() {
        Submission submitted;
        try (ConfigurableApplicationContext first = start()) {
            submitted = first.getBean(RequestEngine.class)
                    .submit(TestRequests.personal("kab-morowali", "DINKES", "morowalikab.go.id"));
        }
        try (ConfigurableApplicationContext second = start()) {
            Requests requests = second.getBean(Requests.class);
            TenantId morowali = new TenantId("kab-morowali");
            assertThat(requests.find(morowali, submitted.requestId()))
                    .hasValueSatisfying(r -> assertThat(r.trackingNumber()).isEqualTo(submitted.trackingNumber()));
            assertThat(requests.history(morowali, submitted.requestId())).hasSize(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SurelApplication.class)
                .profiles("test")
                .run("--surel.database.embedded.data-dir=" + dataDir.resolve("postgres"), "--server.port=0",
                        "--surel.outbox.worker-enabled=false");
    }
}
