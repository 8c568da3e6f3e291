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

    InboxController(Requests requests, CurrentStaff currentStaff) {
        this.requests = requests;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/kotak-masuk")
    String inbox(Model model) {
        StaffPrincipal me = currentStaff.get();
        ActingStaff actor = ActingStaff.of(me);
        model.addAttribute("me", me);
        model.addAttribute("waiting", requests.waitingFor(me.tenantId(), actor.actorIds(), LIMIT));
        model.addAttribute("latest", requests.latest(me.tenantId(), 50));
        return "workflow/inbox";
    }
}
