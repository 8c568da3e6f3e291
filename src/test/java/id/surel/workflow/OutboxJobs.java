package id.surel.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * For tests in other packages that run the outbox by hand (worker switched off): claims the job of one request,
 * leaving other tests' jobs pending, waiting up to {@code wait} for a job whose backoff has not run out yet.
 */
public final class OutboxJobs {

    /** For workers that only run the action jobs a test claimed for them. */
    public static final NoticeDelivery NO_NOTICES = job -> {
        throw new IllegalStateException("this worker sends no notices");
    };

    private final Outbox outbox;

    public OutboxJobs(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxJob claimFor(UUID requestId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<OutboxJob> others = new ArrayList<>();
            try {
                for (OutboxJob job : outbox.claim(100, Duration.ofMinutes(5))) {
                    if (!job.isNotice() && requestId.equals(job.requestId())) {
                        return job;
                    }
                    others.add(job);
                }
            } finally {
                others.forEach(o -> outbox.retryLater(o.id(), Duration.ZERO, null));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no job for " + requestId);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A worker over these handlers whose first retry waits 200 ms and doubles after that. */
    public OutboxWorker worker(RequestEngine engine, Requests requests, List<SystemActionHandler> handlers,
            int maxAttempts) {
        return new OutboxWorker(outbox, engine, requests, new OutboxSettings(false, Duration.ofSeconds(1), 10,
                Duration.ofMinutes(5), maxAttempts, Duration.ofMillis(200)), handlers, NO_NOTICES);
    }
}
