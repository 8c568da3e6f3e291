package id.surel.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SurelIntegrationTest
class RequestEngineTest {

    private static final TenantId BOGOR = new TenantId("kota-bogor");
    private static final TenantId CIREBON = new TenantId("kota-cirebon");

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Test
    void submittingStartsOnTheActiveDefinitionAndRecordsTheApplicantStep() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord r = requests.find(BOGOR, s.requestId()).orElseThrow();
        assertThat(r.trackingNumber()).matches("BGR-\\d{4}-\\d{6}").isEqualTo(s.trackingNumber());
        assertThat(r.currentStep()).isEqualTo("disposisi-kepala-diskominfo");
        assertThat(r.currentActor()).isEqualTo("kepala-diskominfo");
        assertThat(requests.history(BOGOR, r.id())).extracting(HistoryEntry::stepId).containsExactly("ajukan-permohonan");
        assertThat(requests.findByTokenHash(TrackingTokens.hash(s.trackingToken()))).isPresent();
        assertThat(s.trackingToken()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void twoSimultaneousCompletionsOfOneStepGiveOneTransitionAndAClearMessageToTheOther() throws Exception {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "DINKES", "kotabogor.go.id"));
        RequestRecord before = requests.find(BOGOR, s.requestId()).orElseThrow();
        ActingStaff kadis = staff(BOGOR, "kepala-diskominfo");
        ActingStaff deputy = new ActingStaff(BOGOR, "plt-kadis", "Plt Kepala", Set.of("kepala-diskominfo"));

        List<Object> results = race(
                () -> complete(kadis, before), () -> complete(deputy, before));

        assertThat(results).filteredOn(o -> o.equals("ok")).hasSize(1);
        assertThat(results).filteredOn(o -> o instanceof ConcurrentTransitionException).hasSize(1);
        ConcurrentTransitionException loser = (ConcurrentTransitionException) results.stream()
                .filter(o -> o instanceof ConcurrentTransitionException).findFirst().orElseThrow();
        assertThat(loser.getMessage()).contains(before.trackingNumber()).contains("sudah diproses").contains("already handled");
        RequestRecord after = requests.find(BOGOR, s.requestId()).orElseThrow();
        assertThat(after.currentStep()).isEqualTo("disposisi-kepala-bidang");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(requests.history(BOGOR, s.requestId()))
                .filteredOn(h -> h.stepId().equals("disposisi-kepala-diskominfo")).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefusedEvenWithoutARace() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "BAPPEDA", "kotabogor.go.id"));
        RequestRecord r = requests.find(BOGOR, s.requestId()).orElseThrow();
        engine.complete(staff(BOGOR, "kepala-diskominfo"), r.id(), r.version(), null, null);
        assertThatThrownBy(() -> engine.complete(staff(BOGOR, "kepala-bidang-egov"), r.id(), r.version(), null, null))
                .isInstanceOf(ConcurrentTransitionException.class);
    }

    @Test
    void staffWithoutTheStepsRoleCannotAct() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "SETDA", "kotabogor.go.id"));
        RequestRecord r = requests.find(BOGOR, s.requestId()).orElseThrow();
        assertThatThrownBy(() -> engine.complete(staff(BOGOR, "admin-pengelola"), r.id(), r.version(), null, null))
                .isInstanceOf(NotAllowedToActException.class)
                .hasMessageContaining("kepala-diskominfo");
        assertThat(requests.find(BOGOR, r.id()).orElseThrow().currentStep()).isEqualTo(r.currentStep());
    }

    @Test
    void staffOfAnotherGovernmentCannotSeeOrMoveTheRequest() {
        Submission s = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord r = requests.find(BOGOR, s.requestId()).orElseThrow();
        ActingStaff cirebonStaff = new ActingStaff(CIREBON, "x", "X", Set.of("kepala-diskominfo"));
        assertThat(requests.find(CIREBON, r.id())).isEmpty();
        assertThatThrownBy(() -> engine.complete(cirebonStaff, r.id(), r.version(), null, null))
                .isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void aDecisionFollowsTheChosenBranchAndARejectingBranchSetsTheOutcome() {
        Submission s = engine.submit(TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id"));
        RequestRecord r = requests.find(CIREBON, s.requestId()).orElseThrow();
        assertThat(r.currentStep()).isEqualTo("verifikasi-kelengkapan");
        engine.complete(staff(CIREBON, "tim-pengelola"), r.id(), r.version(), "tidak-disetujui", "NIP tidak cocok");
        RequestRecord after = requests.find(CIREBON, r.id()).orElseThrow();
        assertThat(after.outcome()).isEqualTo("REJECTED");
        assertThat(after.currentStep()).isIn("kirim-pemberitahuan-penolakan", "selesai");
        assertThat(requests.history(CIREBON, r.id()))
                .filteredOn(h -> h.stepId().equals("verifikasi-kelengkapan"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.branchId()).isEqualTo("tidak-disetujui");
                    assertThat(h.note()).isEqualTo("NIP tidak cocok");
                    assertThat(h.completedBy()).isEqualTo("tim-pengelola@kota-cirebon");
                });
    }

    @Test
    void aSecondOpenRequestForTheSamePersonIsRefused() {
        var first = TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id");
        engine.submit(first);
        var second = new NewRequest(first.tenantId(), first.type(), first.applicantName(), first.applicantNip(),
                first.unitCode(), first.accountName(), first.contactEmail(), "lain." + UUID.randomUUID().toString().substring(0, 8)
                + "@kotabogor.go.id", first.ownerKey(), first.documents(), first.fields(), null);
        assertThatThrownBy(() -> engine.submit(second))
                .isInstanceOf(DuplicateRequestException.class)
                .hasMessageContaining("sedang diproses");
    }

    private String complete(ActingStaff who, RequestRecord r) {
        engine.complete(who, r.id(), r.version(), null, null);
        return "ok";
    }

    private static ActingStaff staff(TenantId tenant, String actor) {
        return new ActingStaff(tenant, actor + "@" + tenant.value(), actor, Set.of(actor));
    }

    /** Runs both at the same instant and collects each result or exception. */
    private static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
