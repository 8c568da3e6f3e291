package id.surel.workflow;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks running steps "near due" and "late" and publishes one event per newly marked step, which the notices turn
 * into e-mails after commit. Two set-based updates per tick; with several nodes ShedLock lets one run a given tick,
 * and the updates themselves only ever flag a step once.
 */
@Component
public class SlaMonitor {

    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaMonitor(Requests requests, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** Transactional itself: a call to {@link #tick()} from here bypasses its proxy, and the notices need a commit. */
    @Scheduled(fixedDelayString = "${surel.sla.tick}")
    @SchedulerLock(name = "sla-monitor", lockAtMostFor = "PT5M")
    @Transactional
    public void scheduledTick() {
        tick();
    }

    /** One sweep at the clock's current time; returns the steps newly flagged (near due first, then late). */
    @Transactional
    public List<SlaFlag> tick() {
        var now = clock.instant();
        List<SlaFlag> nearlyDue = requests.flagNearlyDue(now);
        List<SlaFlag> late = requests.flagLate(now);
        nearlyDue.forEach(flag -> events.publishEvent(new StepNearlyDue(flag)));
        late.forEach(flag -> events.publishEvent(new StepLate(flag)));
        return Stream.concat(nearlyDue.stream(), late.stream()).toList();
    }
}
