package id.surel.workflow;

import id.surel.calendar.TenantTime;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps done, the current one and those to come. Steps to come follow {@code next} until a decision (whose way
 * is not known yet) or the end.
 */
public final class RequestTimeline {

    private static final DateTimeFormatter WHEN = TenantTime.SHOWN;

    private RequestTimeline() {
    }

    public static List<TimelineRow> of(RequestRecord request, SopDefinition definition, List<HistoryEntry> history,
            ZoneId zone) {
        DateTimeFormatter format = WHEN.withZone(zone);
        List<TimelineRow> rows = new ArrayList<>();
        for (HistoryEntry entry : history) {
            Step step = definition.step(entry.stepId());
            rows.add(new TimelineRow(step, actorName(definition, step), TimelineRow.State.DONE, entry,
                    format.format(entry.completedAt()), entry.dueAt() == null ? null : format.format(entry.dueAt())));
        }
        if (request.status() != RequestStatus.IN_PROGRESS) {
            return rows;
        }
        Step current = definition.step(request.currentStep());
        rows.add(new TimelineRow(current, actorName(definition, current), TimelineRow.State.CURRENT, null, null,
                request.stepTimes().dueAt() == null ? null : format.format(request.stepTimes().dueAt())));
        Set<String> seen = new HashSet<>(Set.of(current.id()));
        Step step = current;
        while (step.kind() != StepKind.DECISION && step.next() != null && seen.add(step.next())) {
            step = definition.step(step.next());
            if (step.kind() != StepKind.END) {
                rows.add(new TimelineRow(step, actorName(definition, step), TimelineRow.State.UPCOMING, null, null, null));
            }
        }
        return rows;
    }

    private static String actorName(SopDefinition definition, Step step) {
        return step.actor() == null ? "" : definition.actor(step.actor()).name();
    }
}
