package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import id.surel.workflow.ActionContext;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A request has one reply letter, however often or however concurrently its notify-applicant job runs. */
@SurelIntegrationTest
class ReplyLettersTest {

    private static final TenantId CIREBON = new TenantId("kota-cirebon");

    @Autowired
    ReplyLetters replyLetters;

    @Autowired
    RequestDocuments documents;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Test
    void issuingAgainReturnsTheArchivedLetterWithItsNumberInsteadOfNumberingANewOne() {
        ActionContext context = contextOfNewRequest();
        IssuedLetter first = replyLetters.issue(context, null);
        IssuedLetter again = replyLetters.issue(context, null);

        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.pdf()).isEqualTo(first.pdf());
        assertThat(documents.forRequest(CIREBON, context.request().id())).hasSize(1);
    }

    @Test
    void fourDeliveriesOfTheJobAtOnceStillLeaveOneLetterAndAllSendThatOne() throws Exception {
        ActionContext context = contextOfNewRequest();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IssuedLetter>> issued = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<IssuedLetter> issue = () -> {
                    start.await();
                    return replyLetters.issue(context, null);
                };
                issued.add(pool.submit(issue));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<IssuedLetter> f : issued) {
                numbers.add(f.get().number());
            }
            List<StoredDocument> stored = documents.forRequest(CIREBON, context.request().id());
            assertThat(stored).hasSize(1);
            assertThat(numbers).containsOnly(stored.get(0).number());
        } finally {
            pool.shutdownNow();
        }
    }

    private ActionContext contextOfNewRequest() {
        var submission = engine.submit(TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id"));
        RequestRecord request = requests.find(CIREBON, submission.requestId()).orElseThrow();
        var definition = engine.definitionOf(request);
        return new ActionContext(request, definition.step(request.currentStep()), definition, null, null);
    }
}
