package id.surel.workflow;

import id.surel.calendar.TenantCalendars;
import id.surel.calendar.WorkingCalendar;
import id.surel.sop.Branch;
import id.surel.sop.Outcome;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Deadlines of steps and of whole requests on the tenant's working calendar. */
@Component
class StepDeadlines {

    private final TenantCalendars calendars;
    private final SlaSettings settings;

    StepDeadlines(TenantCalendars calendars, SlaSettings settings) {
        this.calendars = calendars;
        this.settings = settings;
    }

    /** The tenant's calendar; a transition reads it once and hands it to the methods below. */
    WorkingCalendar calendar(TenantId tenant) {
        return calendars.forTenant(tenant);
    }

    /**
     * The clock of a step entered at {@code now}: due after its time standard in working time, near due at the
     * configured share of that, escalated to its {@code escalateTo} or else to the staff actor who handed it down.
     */
    StepTimes forStep(WorkingCalendar calendar, Step step, Instant now, String handedDownBy) {
        if (step.time() == null || step.kind() == StepKind.END) {
            return StepTimes.NONE;
        }
        Instant due = calendar.deadline(now, step.time());
        long warnMinutes = (long) Math.floor(calendar.workingTimeBetween(now, due).toMinutes() * settings.warningRatio());
        Instant warn = calendar.addWorkingMinutes(now, warnMinutes);
        String escalateTo = !step.isHumanStep() ? null
                : step.escalateTo() != null ? step.escalateTo()
                : handedDownBy != null && !handedDownBy.equals(step.actor()) ? handedDownBy : null;
        return new StepTimes(due, warn, escalateTo);
    }

    /**
     * When the whole request is due if every step takes its full standard, along the approving path (the first
     * branch that does not reject); the applicant's own submission time does not count.
     */
    Instant requestDue(WorkingCalendar calendar, SopDefinition definition, Instant start) {
        Instant due = start;
        Set<String> seen = new HashSet<>();
        Step step = definition.step(definition.start().next());
        while (step.kind() != StepKind.END && seen.add(step.id())) {
            if (step.time() != null) {
                due = calendar.deadline(due, step.time());
            }
            step = definition.step(nextOnApprovingPath(step));
        }
        return due;
    }

    /** Working time a step took, less the time it was paused waiting on the applicant. */
    static long workingSeconds(WorkingCalendar calendar, Instant started, Instant completed, long pausedWorkingSeconds) {
        long worked = calendar.workingTimeBetween(started, completed).toSeconds() - pausedWorkingSeconds;
        return Math.max(0, worked);
    }

    /** Moves a deadline later by the working time a pause lasted. */
    static Instant shift(WorkingCalendar calendar, Instant deadline, Duration paused) {
        if (deadline == null || paused.isZero()) {
            return deadline;
        }
        return calendar.addWorkingMinutes(deadline, paused.toMinutes());
    }

    /** How pressing the request's step is now, with the working time left (or overdue). */
    TimeLeft timeLeft(RequestRecord request, Instant now) {
        return timeLeft(calendar(request.tenantId()), request, now);
    }

    /** The same with the tenant's calendar already at hand (a page of many requests reads it once). */
    static TimeLeft timeLeft(WorkingCalendar calendar, RequestRecord request, Instant now) {
        Urgency urgency = Urgency.of(request, now);
        Instant due = request.stepTimes().dueAt();
        if (due == null || request.status() != RequestStatus.IN_PROGRESS) {
            return new TimeLeft(urgency, 0, 0, false);
        }
        Instant reference = request.paused() ? request.pausedSince() : now;
        boolean late = !reference.isBefore(due);
        Duration working = late ? calendar.workingTimeBetween(due, reference)
                : calendar.workingTimeBetween(reference, due);
        return TimeLeft.of(urgency, working, late);
    }

    private static String nextOnApprovingPath(Step step) {
        if (step.branches().isEmpty()) {
            return step.next();
        }
        return step.branches().stream()
                .filter(b -> b.outcome() != Outcome.REJECTED)
                .map(Branch::next)
                .findFirst()
                .orElse(step.branches().get(0).next());
    }
}
