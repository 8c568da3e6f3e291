package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SurelIntegrationTest
class LetterNumbersTest {

    @Autowired
    LetterNumbers numbers;

    @Autowired
    Tenants tenants;

    @Test
    void fiftyNumbersDrawnAtOnceAreAllDifferentAndFollowTheTenantsPattern() throws Exception {
        Tenant bogor = tenants.get(new TenantId("kota-bogor"));
        Instant now = Instant.parse("2026-11-25T03:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> draws = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            draws.add(() -> {
                start.await();
                return numbers.next(bogor, DocumentKind.REPLY, now);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> futures = new ArrayList<>();
            draws.forEach(d -> futures.add(pool.submit(d)));
            start.countDown();
            List<String> drawn = new ArrayList<>();
            for (Future<String> f : futures) {
                drawn.add(f.get());
            }
            assertThat(drawn).hasSize(50).doesNotHaveDuplicates()
                    .allSatisfy(n -> assertThat(n).matches("\\d{3,}/SB/DISKOMINFO/XI/2026"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachGovernmentCountsItsOwnLettersUnderItsOwnPattern() {
        Instant now = Instant.parse("2026-03-02T03:00:00Z");
        String cirebon = numbers.next(tenants.get(new TenantId("kota-cirebon")), DocumentKind.REPLY, now);
        String morowali = numbers.next(tenants.get(new TenantId("kab-morowali")), DocumentKind.REPLY, now);
        assertThat(cirebon).matches("\\d{3,}/SB/DKIS/III/2026");
        assertThat(morowali).matches("\\d{3,}/SB/DISKOMINFOSP/III/2026");
    }
}
