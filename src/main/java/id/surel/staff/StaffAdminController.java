package id.surel.staff;

import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.sop.SopCatalog;
import id.surel.sop.Actor;
import id.surel.tenant.Delegations;
import id.surel.tenant.StaffDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's staff page: who holds which SOP actor, and time-boxed delegations (an acting official covering
 * a role from one date to another), kept as history.
 */
@Controller
class StaffAdminController {

    private final StaffDirectory staff;
    private final Delegations delegations;
    private final SopCatalog catalog;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    StaffAdminController(StaffDirectory staff, Delegations delegations, SopCatalog catalog, CurrentStaff currentStaff,
            AuditLog audit) {
        this.staff = staff;
        this.delegations = delegations;
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @GetMapping("/staf")
    String page(Model model) {
        StaffPrincipal me = currentStaff.get();
        List<Actor> actors = catalog.activeStaffActors(me.tenantId().value());
        model.addAttribute("actors", actors);
        model.addAttribute("actorNames", actors.stream().collect(Collectors.toMap(Actor::id, Actor::name)));
        model.addAttribute("staff", staff.all(me.tenantId()));
        model.addAttribute("delegations", delegations.all(me.tenantId()));
        model.addAttribute("tenantId", me.tenantId().value());
        return "staff/staff";
    }

    @PostMapping("/staf/delegasi")
    String delegate(@RequestParam String actor, @RequestParam String delegate, @RequestParam String dari,
            @RequestParam String sampai, @RequestParam(required = false) String alasan, RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        try {
            LocalDate from = LocalDate.parse(dari);
            LocalDate to = LocalDate.parse(sampai);
            boolean staffActor = catalog.activeStaffActors(me.tenantId().value()).stream()
                    .anyMatch(a -> a.id().equals(actor));
            if (to.isBefore(from) || !staffActor
                    || !delegations.add(me.tenantId(), actor, delegate, from, to, alasan, me.getUsername())) {
                redirect.addFlashAttribute("problem", "staff.delegation.invalid");
            } else {
                audit.record(me.tenantId().value(), me.getUsername(), "delegation.added", actor,
                        delegate + " " + from + ".." + to + (alasan == null ? "" : ": " + alasan));
                redirect.addFlashAttribute("success", "staff.delegation.added");
            }
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", "staff.delegation.invalid");
        }
        return "redirect:/staf";
    }
}
