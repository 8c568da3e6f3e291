package id.surel.request.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.PdfFixtures;
import id.surel.support.StaffLists;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Prints how long a bulk upload of staff (XLSX) takes on the embedded defaults: reading and validating it and
 * storing the batch with its request, then provisioning every mailbox on the embedded mail server (create, welcome
 * mail, credential mail). Figures to read, not timed assertions. It runs 1,000 rows in the suite (provisioning is per mailbox and slow on a shared machine); pass {@code -DargLine=-Dsurel.bulk.benchmark-rows=10000} for the full 10,000.
 */
@Tag("benchmark")
@SurelIntegrationTest
class BulkBenchmark {

    private static final int ROWS = Integer.getInteger("surel.bulk.benchmark-rows", 1_000);

    @Autowired
    BulkIntake intake;

    @Autowired
    BatchMailboxAction provisioning;

    @Autowired
    Batches batches;

    @Autowired
    Tenants tenants;

    @Autowired
    Requests requests;

    @Autowired
    RequestEngine engine;

    @Test
    void printsValidationAndProvisioningTimesOfABatch() {
        List<List<String>> rows = new ArrayList<>(ROWS);
        Set<String> nips = new HashSet<>();
        while (rows.size() < ROWS) {
            List<String> row = StaffLists.validRow();
            // random NIPs repeat now and then among 10,000; a repeat would be refused as a duplicate person
            if (nips.add(row.get(1))) {
                rows.add(row);
            }
        }
        BulkForm form = new BulkForm();
        form.setApplicantName(TestApplicants.name());
        form.setApplicantNip(TestApplicants.nip());
        form.setUnitCode("DISDIK");
        form.setContactEmail(TestApplicants.contactEmail());
        form.setLetter(new MockMultipartFile("letter", "surat.pdf", "application/pdf", PdfFixtures.letter()));
        form.setStaffList(new MockMultipartFile("staffList", "pegawai.xlsx", null, StaffLists.xlsx(rows)));
        var errors = new BeanPropertyBindingResult(form, "form");

        long started = System.nanoTime();
        var upload = intake.upload(tenants.get(new TenantId("kota-bogor")), form, null, errors);
        double validating = seconds(started);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(upload.orElseThrow().valid()).isEqualTo(ROWS);

        RequestRecord request = requests.find(new TenantId("kota-bogor"),
                upload.get().submission().orElseThrow().requestId()).orElseThrow();
        var definition = engine.definitionOf(request);
        var step = definition.steps().stream().filter(s -> s.action() != null
                && s.action().code().equals("create-mailbox")).findFirst().orElseThrow();
        started = System.nanoTime();
        provisioning.run(new ActionContext(request, step, definition));
        double provisioningSeconds = seconds(started);
        BatchProgress progress = batches.progress(request.tenantId(),
                batches.findByRequest(request.tenantId(), request.id()).orElseThrow().id());
        assertThat(progress.done()).isEqualTo(ROWS);

        print("read + validate + store (upload)", validating);
        print("provision (mailbox + welcome + credential mail)", provisioningSeconds);
    }

    private static void print(String phase, double seconds) {
        System.out.printf(Locale.ROOT, "[BulkBenchmark] %,d rows, %s: %.1f s, %,.0f rows/s%n", ROWS, phase, seconds,
                ROWS / seconds);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
