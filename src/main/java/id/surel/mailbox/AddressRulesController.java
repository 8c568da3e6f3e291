package id.surel.mailbox;

import id.surel.security.CurrentStaff;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.tenant.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's page for the address naming rules (only admins reach /pengaturan: SecurityConfiguration): shows
 * and edits them, tries an edit on a sample name before it is saved, and refuses rules that could not give an address.
 */
@Controller
class AddressRulesController {

    static final String SAMPLE_NAME = "Dr. Budi Hartono Santoso, S.Kom.";

    private final MailPolicies policies;
    private final NamingRulesChanges changes;
    private final AddressProposals proposals;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final MessageSource messages;

    AddressRulesController(MailPolicies policies, NamingRulesChanges changes, AddressProposals proposals,
            CurrentStaff currentStaff, Tenants tenants, MessageSource messages) {
        this.policies = policies;
        this.changes = changes;
        this.proposals = proposals;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/pengaturan/alamat")
    String show(Model model) {
        Tenant tenant = tenant();
        NamingRulesForm form = NamingRulesForm.of(policies.forTenant(tenant.id().value()).naming());
        return page(model, tenant, form, List.of(), SAMPLE_NAME, null);
    }

    @PostMapping("/pengaturan/alamat")
    String save(@ModelAttribute NamingRulesForm form, Model model, RedirectAttributes redirect) {
        Tenant tenant = tenant();
        NamingRulesForm.Checked checked = form.check();
        if (!checked.ok()) {
            return page(model, tenant, form, checked.problems(), SAMPLE_NAME, null);
        }
        boolean changed = changes.change(tenant.id().value(), currentStaff.get().getUsername(), checked.rules());
        redirect.addFlashAttribute("success", changed ? "address.rules.saved" : "address.rules.unchanged");
        return "redirect:/pengaturan/alamat";
    }

    /** The proposal the rules in the form would make for the sample, without saving them. */
    @PostMapping("/pengaturan/alamat/coba")
    String tryOut(@ModelAttribute NamingRulesForm form, @RequestParam(name = "contohNama", required = false) String name,
            @RequestParam(name = "contohUnit", required = false) String unitCode, Model model) {
        Tenant tenant = tenant();
        NamingRulesForm.Checked checked = form.check();
        String sampleName = name == null ? "" : name.strip();
        if (!checked.ok()) {
            return page(model, tenant, form, checked.problems(), sampleName, unitCode);
        }
        Unit unit = unit(tenant, unitCode);
        model.addAttribute("previewed", true);
        try {
            model.addAttribute("preview", proposals.preview(tenant.id().value(), tenant.domain(), checked.rules(),
                    sampleName, unit.code(), unit.name()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("previewProblem", "address.preview.noLetters");
        }
        return page(model, tenant, form, List.of(), sampleName, unit.code());
    }

    private String page(Model model, Tenant tenant, NamingRulesForm form, List<NamingRulesForm.Problem> problems,
            String sampleName, String sampleUnit) {
        List<Unit> units = tenants.units(tenant.id());
        model.addAttribute("tenant", tenant);
        model.addAttribute("form", form);
        model.addAttribute("problems", resolve(problems));
        model.addAttribute("globallyReserved", LocalPartPolicy.globallyReserved());
        model.addAttribute("units", units);
        model.addAttribute("sampleName", sampleName);
        model.addAttribute("sampleUnit", sampleUnit != null ? sampleUnit : units.isEmpty() ? null : units.get(0).code());
        return "mailbox/address-rules";
    }

    private Unit unit(Tenant tenant, String code) {
        List<Unit> units = tenants.units(tenant.id());
        return units.stream().filter(u -> u.code().equals(code)).findFirst()
                .orElse(units.isEmpty() ? new Unit(tenant.code(), tenant.name()) : units.get(0));
    }

    /** Messages by form field, in the reader's language. */
    private Map<String, List<String>> resolve(List<NamingRulesForm.Problem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (NamingRulesForm.Problem problem : problems) {
            String text = messages.getMessage(problem.key(), problem.args().toArray(), LocaleContextHolder.getLocale());
            byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(text);
        }
        return byField;
    }

    private Tenant tenant() {
        return tenants.get(currentStaff.get().tenantId());
    }
}
