package id.surel.workflow;

import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff inbox: requests whose current step belongs to one of my roles, and the latest requests of my office. */
@Controller
class InboxController {

    private static final int LIMIT = 200;

    private final Requests requests;
    private final CurrentStaff currentStaff;
    private final ActingStaffs actingStaffs;
    private final Worklist worklist;

    InboxController(Requests requests, CurrentStaff currentStaff, ActingStaffs actingStaffs, Worklist worklist) {
        this.requests = requests;
        this.currentStaff = currentStaff;
        this.actingStaffs = actingStaffs;
        this.worklist = worklist;
    }

    @GetMapping("/kotak-masuk")
    String inbox(Model model) {
        StaffPrincipal me = currentStaff.get();
        ActingStaff actor = actingStaffs.current();
        model.addAttribute("me", me);
        model.addAttribute("myActors", actor.actorIds());
        model.addAttribute("waiting", worklist.waitingFor(me.tenantId(), actor.actorIds(), LIMIT));
        model.addAttribute("latest", worklist.rows(requests.latest(me.tenantId(), 50)));
        return "workflow/inbox";
    }
}
