package id.surel.request;

import id.surel.sop.RequestType;
import id.surel.sop.RequiredDocument;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The request form's page, built from the tenant's active SOP (its request types with their fields and documents):
 * the same page serves the public form and the desk where a clerk enters a walk-in applicant's request.
 */
@Component
class RequestFormPage {

    static final String VIEW = "request/form";

    private final Tenants tenants;
    private final RequestIntake intake;

    RequestFormPage(Tenants tenants, RequestIntake intake) {
        this.tenants = tenants;
        this.intake = intake;
    }

    /** The public form posting to {@code action}. */
    String forApplicant(Tenant tenant, RequestForm form, Model model, String action) {
        return show(tenant, form, model, action, false);
    }

    /** The desk's form: the same fields plus the scan of the signed paper form. */
    String forClerk(Tenant tenant, RequestForm form, Model model, String action) {
        return show(tenant, form, model, action, true);
    }

    private String show(Tenant tenant, RequestForm form, Model model, String action, boolean clerk) {
        List<RequestType> types = intake.requestTypes(tenant);
        model.addAttribute("tenant", tenant);
        model.addAttribute("units", tenants.units(tenant.id()));
        model.addAttribute("types", types);
        model.addAttribute("selectedType", selected(types, form.getType()));
        model.addAttribute("form", form);
        model.addAttribute("clerk", clerk);
        model.addAttribute("scan", RequiredDocument.PAPER_FORM);
        model.addAttribute("action", action);
        return VIEW;
    }

    /** The type to show first: the one posted or asked for, else the definition's first. */
    static String selected(List<RequestType> types, String wanted) {
        return types.stream().map(RequestType::id).filter(id -> id.equals(wanted)).findFirst()
                .orElse(types.get(0).id());
    }
}
