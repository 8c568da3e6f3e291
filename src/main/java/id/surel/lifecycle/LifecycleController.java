package id.surel.lifecycle;

import id.surel.notify.ReceiptNotice;
import id.surel.sop.SopService;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.DuplicateRequestException;
import id.surel.workflow.Submission;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public page where an account's holder asks for a lifecycle service (password reset, suspend, close, quota
 * change) the government offers; no login, the NIP proves the account is theirs. Rate-limited like the request form.
 */
@Controller
@RequestMapping("/layanan/{tenantId}/akun")
class LifecycleController {

    private final Tenants tenants;
    private final LifecycleIntake intake;
    private final ReceiptNotice receipts;

    LifecycleController(Tenants tenants, LifecycleIntake intake, ReceiptNotice receipts) {
        this.tenants = tenants;
        this.intake = intake;
        this.receipts = receipts;
    }

    @GetMapping
    String form(@PathVariable String tenantId, @RequestParam(name = "layanan", required = false) String service,
            Model model) {
        LifecycleForm form = new LifecycleForm();
        form.setService(service);
        return show(tenants.get(new TenantId(tenantId)), form, model);
    }

    @PostMapping
    String submit(@PathVariable String tenantId, @ModelAttribute("form") LifecycleForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Tenant tenant = tenants.get(new TenantId(tenantId));
        Optional<LifecycleIntake.Checked> checked = intake.check(tenant, form, errors);
        if (checked.isEmpty()) {
            return show(tenant, form, model);
        }
        try {
            Submission submission = intake.start(tenant, checked.get());
            Holder holder = checked.get().holder();
            receipts.send(tenant, submission.trackingNumber(), holder.name(),
                    holder.contact(), holder.address(), ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/lacak/{token}").buildAndExpand(submission.trackingToken()).toUriString());
            redirect.addFlashAttribute("justSubmitted", true);
            return "redirect:/lacak/" + submission.trackingToken();
        } catch (DuplicateRequestException e) {
            errors.reject("request.owner.openRequest");
            return show(tenant, form, model);
        }
    }

    private String show(Tenant tenant, LifecycleForm form, Model model) {
        model.addAttribute("tenant", tenant);
        List<SopService> services = intake.services(tenant);
        model.addAttribute("services", services);
        model.addAttribute("offersQuota", services.contains(SopService.QUOTA_CHANGE));
        model.addAttribute("offersClose", services.contains(SopService.CLOSE));
        model.addAttribute("form", form);
        model.addAttribute("maxQuotaMb", LifecycleIntake.MAX_QUOTA_MB);
        return "lifecycle/account";
    }
}
