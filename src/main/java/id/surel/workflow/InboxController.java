package id.surel.workflow;

import id.surel.calendar.WorkingCalendar;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff inbox: requests whose current step belongs to one of my roles, and the latest requests of my office. */
@Controller
class InboxController {

    private static final int LIMIT = 200;

    private final Requests requests;
    private final CurrentStaff currentStaff;
    private final RequestEngine engine;
    private final StepDeadlines deadlines;
    private final ActingStaffs actingStaffs;
    private final Clock clock;

    InboxController(Requests requests, CurrentStaff currentStaff, RequestEngine engine, StepDeadlines deadlines,
            ActingStaffs actingStaffs, Clock clock) {
        this.requests = requests;
        this.currentStaff = currentStaff;
        this.engine = engine;
        this.deadlines = deadlines;
        this.actingStaffs = actingStaffs;
        this.clock = clock;
    }

    @GetMapping("/kotak-masuk")
    String inbox(Model model) {
        StaffPrincipal me = currentStaff.get();
        ActingStaff actor = actingStaffs.current();
        model.addAttribute("me", me);
        model.addAttribute("myActors", actor.actorIds());
        model.addAttribute("waiting", rows(requests.waitingFor(me.tenantId(), actor.actorIds(), LIMIT)));
        model.addAttribute("latest", rows(requests.latest(me.tenantId(), 50)));
        return "workflow/inbox";
    }

    private List<InboxRow> rows(List<RequestRecord> records) {
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

    /** A request with its current step as people read it (number and activity) and the working time left. */
    public record InboxRow(RequestRecord request, String step, TimeLeft timeLeft) {
    }
}
