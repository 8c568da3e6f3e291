package id.surel.operator;

import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's (super-admin's) page: the tenants, a new tenant, switching one off or on. Nothing of their data. */
@Controller
class OperatorController {

    private final Tenants tenants;
    private final TenantAdministration administration;

    OperatorController(Tenants tenants, TenantAdministration administration) {
        this.tenants = tenants;
        this.administration = administration;
    }

    @GetMapping("/pengelola")
    String page(Model model) {
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("inactive", tenants.inactiveIds());
        model.addAttribute("zones", TenantAdministration.ZONES);
        model.addAttribute("sops", administration.sopTemplates());
        return "operator/tenants";
    }

    @PostMapping("/pengelola/penyewa")
    String create(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String kode,
            @RequestParam(defaultValue = "") String nama, @RequestParam(defaultValue = "") String domain,
            @RequestParam(defaultValue = "") String zona, @RequestParam(defaultValue = "") String sop,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String sandi,
            Principal operator, RedirectAttributes redirect) {
        Optional<String> problem = administration.create(
                new TenantAdministration.NewTenant(id.strip(), kode.strip(), nama, domain.strip().toLowerCase(),
                        zona, sop, unit, sandi), operator.getName());
        redirect.addFlashAttribute(problem.isPresent() ? "problem" : "success",
                problem.orElse("operator.tenant.created"));
        return "redirect:/pengelola";
    }

    @PostMapping("/pengelola/penyewa/{tenantId}/status")
    String status(@PathVariable String tenantId, @RequestParam(defaultValue = "false") boolean aktif,
            Principal operator, RedirectAttributes redirect) {
        if (!administration.setActive(new TenantId(tenantId), aktif, operator.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", aktif ? "operator.tenant.activated" : "operator.tenant.deactivated");
        return "redirect:/pengelola";
    }
}
