package id.surel.request;

import id.surel.notify.ReceiptNotice;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.sop.RequiredDocument;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.DuplicateRequestException;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestFile;
import id.surel.workflow.Submission;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The walk-in desk (loket): a clerk types in the request of an applicant who came in person, with the public form's
 * fields and documents and the scan of the paper form they signed. The request starts as if the applicant had sent
 * it, recorded as entered by the clerk, and the clerk gets the tracking number to write on the paper form.
 */
@Controller
@RequestMapping(ClerkIntakeController.PATH)
class ClerkIntakeController {

    static final String PATH = "/loket";

    private final ClerkDesk desk;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final RequestIntake intake;
    private final UploadedFiles files;
    private final RequestEngine engine;
    private final ReceiptNotice receipts;
    private final RequestFormPage page;

    ClerkIntakeController(ClerkDesk desk, CurrentStaff currentStaff, Tenants tenants, RequestIntake intake,
            UploadedFiles files, RequestEngine engine, ReceiptNotice receipts, RequestFormPage page) {
        this.desk = desk;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.intake = intake;
        this.files = files;
        this.engine = engine;
        this.receipts = receipts;
        this.page = page;
    }

    @GetMapping
    String form(@RequestParam(name = "jenis", required = false) String type, Model model) {
        StaffPrincipal me = clerk();
        ClerkForm form = new ClerkForm();
        form.setType(type);
        return page.forClerk(tenants.get(me.tenantId()), form, model, PATH);
    }

    @PostMapping
    String submit(@ModelAttribute("form") ClerkForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        StaffPrincipal me = clerk();
        Tenant tenant = tenants.get(me.tenantId());
        Optional<RequestFile> scan = files.check(RequiredDocument.PAPER_FORM, form.getPaperForm(), errors,
                "paperForm");
        Optional<NewRequest> request = intake.check(tenant, form, errors, me.getUsername());
        if (request.isEmpty() || scan.isEmpty()) {
            return page.forClerk(tenant, form, model, PATH);
        }
        try {
            Submission submission = RequestFormController.submitAndSendReceipt(engine, receipts, tenant,
                    request.get().withPaperForm(scan.get()));
            redirect.addFlashAttribute("enteredNumber", submission.trackingNumber());
            redirect.addFlashAttribute("enteredId", submission.requestId().toString());
            redirect.addFlashAttribute("enteredName", request.get().applicantName());
            return "redirect:" + PATH;
        } catch (DuplicateRequestException e) {
            errors.rejectValue(e.field(), "request.owner.openRequest");
            return page.forClerk(tenant, form, model, PATH);
        }
    }

    private StaffPrincipal clerk() {
        if (!desk.open()) {
            throw new AccessDeniedException("the desk is for the clerks the SOP names");
        }
        return currentStaff.get();
    }
}
