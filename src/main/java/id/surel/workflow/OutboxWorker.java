package id.surel.workflow;

import id.surel.sop.Step;
import id.surel.sop.SystemAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs outbox jobs: claims a batch, performs each action outside any transaction, then records the result. A
 * retryable failure waits with exponential backoff; after the last attempt, or on a final failure, the request shows
 * the error to its staff.
 */
@Component
@ConditionalOnProperty(prefix = "surel.outbox", name = "worker-enabled", havingValue = "true", matchIfMissing = true)
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final RequestEngine engine;
    private final Requests requests;
    private final OutboxSettings settings;
    private final NoticeDelivery notices;
    private final Map<SystemAction, List<SystemActionHandler>> handlers = new EnumMap<>(SystemAction.class);

    public OutboxWorker(Outbox outbox, RequestEngine engine, Requests requests, OutboxSettings settings,
            List<SystemActionHandler> handlers, NoticeDelivery notices) {
        this.notices = notices;
        this.outbox = outbox;
        this.engine = engine;
        this.requests = requests;
        this.settings = settings;
        handlers.forEach(h -> this.handlers.computeIfAbsent(h.action(), a -> new ArrayList<>()).add(h));
    }

    @Scheduled(fixedDelayString = "${surel.outbox.poll-interval}")
    public void poll() {
        List<OutboxJob> jobs;
        do {
            jobs = outbox.claim(settings.batchSize(), settings.lease());
            jobs.forEach(this::run);
        } while (jobs.size() == settings.batchSize());
    }

    /** Runs one claimed job; public so tests can deliver the same job twice. */
    public void run(OutboxJob job) {
        if (job.isNotice()) {
            deliver(job);
            return;
        }
        try {
            ActionContext context = contextOf(job);
            engine.actionSucceeded(job, handlerFor(job, context.request()).perform(context));
        } catch (ActionFailedException e) {
            failed(job, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            log.warn("Outbox job {} ({}) failed", job.id(), job.action(), e);
            failed(job, e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        }
    }

    /** An e-mail's failure is retried like an action's but never shown on the request: the step is not stuck. */
    private void deliver(OutboxJob job) {
        try {
            notices.deliver(job);
            outbox.done(job.id());
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Notice job {} ({}) failed: {}", job.id(), job.notice(), error);
            if (job.attempts() < settings.maxAttempts()) {
                outbox.retryLater(job.id(), settings.firstRetryDelay().multipliedBy(1L << Math.min(job.attempts() - 1,
                        10)), error);
            } else {
                outbox.fail(job.id(), error);
            }
        }
    }

    private void failed(OutboxJob job, String error, boolean retryable) {
        if (retryable && job.attempts() < settings.maxAttempts()) {
            Duration delay = settings.firstRetryDelay().multipliedBy(1L << Math.min(job.attempts() - 1, 10));
            outbox.retryLater(job.id(), delay, error);
        } else {
            outbox.fail(job.id(), error);
            engine.actionFailed(job, error);
        }
    }

    private SystemActionHandler handlerFor(OutboxJob job, RequestRecord request) {
        SystemAction action = SystemAction.fromCode(job.action())
                .orElseThrow(() -> new ActionFailedException("Unknown action " + job.action(), false));
        return handlers.getOrDefault(action, List.of()).stream()
                .filter(h -> h.handles(request))
                .findFirst()
                .orElseThrow(() -> new ActionFailedException("No handler for action " + job.action(), false));
    }

    private ActionContext contextOf(OutboxJob job) {
        RequestRecord request = requests.find(job.tenantId(), job.requestId()).orElseThrow(RequestNotFoundException::new);
        var definition = engine.definitionOf(request);
        Step step = definition.step(job.stepId());
        boolean bySystem = RequestEngine.SYSTEM.equals(job.requestedBy());
        return new ActionContext(request, step, definition, bySystem ? null : job.requestedBy(),
                bySystem ? null : job.requestedByName());
    }
}
