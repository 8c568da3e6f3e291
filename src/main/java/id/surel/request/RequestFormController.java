package id.surel.request;

import id.surel.notify.ReceiptNotice;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.DuplicateRequestException;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Submission;
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

/** The public request form of one government: anyone may apply, no login. */
@Controller
@RequestMapping("/layanan/{tenantId}/permohonan")
class RequestFormController {

    private final Tenants tenants;
    private final RequestIntake intake;
    private final RequestEngine engine;
    private final ReceiptNotice receipts;
    private final RequestFormPage page;

    RequestFormController(Tenants tenants, RequestIntake intake, RequestEngine engine, ReceiptNotice receipts,
            RequestFormPage page) {
        this.tenants = tenants;
        this.intake = intake;
        this.engine = engine;
        this.receipts = receipts;
        this.page = page;
    }

    @GetMapping
    String form(@PathVariable String tenantId, @RequestParam(name = "jenis", required = false) String type,
            Model model) {
        RequestForm form = new RequestForm();
        form.setType(type);
        return show(tenants.get(new TenantId(tenantId)), form, model);
    }

    @PostMapping
    String submit(@PathVariable String tenantId, @ModelAttribute("form") RequestForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Tenant tenant = tenants.get(new TenantId(tenantId));
        Optional<NewRequest> request = intake.check(tenant, form, errors);
        if (request.isEmpty()) {
            return show(tenant, form, model);
        }
        try {
            Submission submission = submitAndSendReceipt(engine, receipts, tenant, request.get());
            redirect.addFlashAttribute("justSubmitted", true);
            return "redirect:/lacak/" + submission.trackingToken();
        } catch (DuplicateRequestException e) {
            errors.rejectValue(e.field(), "request.owner.openRequest");
            return show(tenant, form, model);
        }
    }

    /** Starts the request and e-mails the applicant the tracking number and private link. */
    static Submission submitAndSendReceipt(RequestEngine engine, ReceiptNotice receipts, Tenant tenant,
            NewRequest r) {
        Submission submission = engine.submit(r);
        receipts.send(tenant, submission.trackingNumber(), r.applicantName(),
                r.contactEmail(), r.proposedAddress(), TrackingController.linkFor(submission.trackingToken()));
        return submission;
    }

    private String show(Tenant tenant, RequestForm form, Model model) {
        return page.forApplicant(tenant, form, model, "/layanan/" + tenant.id().value() + "/permohonan");
    }
}
