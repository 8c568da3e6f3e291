package id.surel.workflow;

import id.surel.calendar.WorkingCalendar;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Requests as their staff see them: the current step's label and the working time left, for pages and e-mails. */
@Component
public class Worklist {

    private final Requests requests;
    private final RequestEngine engine;
    private final StepDeadlines deadlines;
    private final Clock clock;

    Worklist(Requests requests, RequestEngine engine, StepDeadlines deadlines, Clock clock) {
        this.requests = requests;
        this.engine = engine;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The open requests waiting on these actors, most urgent first (see {@link Requests#waitingFor}). */
    public List<InboxRow> waitingFor(TenantId tenant, Collection<String> actorIds, int limit) {
        return rows(requests.waitingFor(tenant, actorIds, limit));
    }

    /** One request of this tenant as a row, if it exists. */
    public Optional<InboxRow> row(TenantId tenant, UUID requestId) {
        return requests.find(tenant, requestId).map(r -> rows(List.of(r)).get(0));
    }

    List<InboxRow> rows(List<RequestRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = deadlines.calendar(records.get(0).tenantId());
        return records.stream().map(r -> {
            SopDefinition definition = engine.definitionOf(r);
            Step step = definition.step(r.currentStep());
            String label = step.number() == null ? step.activity() : step.number() + ". " + step.activity();
            if (definition.service().lifecycle()) {
                label = definition.service().label() + " · " + label;
            }
            return new InboxRow(r, label, StepDeadlines.timeLeft(calendar, r, now));
        }).toList();
    }
}
