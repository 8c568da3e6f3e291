package id.surel.document;

import id.surel.security.CurrentStaff;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The logged-in staff member's active SOP as a PDF, the twin of the /sop page. */
@Controller
class SopPdfController {

    private final SopCatalog catalog;
    private final CurrentStaff currentStaff;
    private final SopPdf sopPdf;
    private final Tenants tenants;

    SopPdfController(SopCatalog catalog, CurrentStaff currentStaff, SopPdf sopPdf, Tenants tenants) {
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.sopPdf = sopPdf;
        this.tenants = tenants;
    }

    @GetMapping("/sop/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(name = "versi", required = false) Long versionId) {
        Tenant tenant = tenants.get(currentStaff.get().tenantId());
        SopDefinition definition = (versionId == null ? catalog.active(tenant.id().value())
                : catalog.version(tenant.id().value(), versionId)).definition();
        return RequestDocumentController.inlinePdf(definition.key() + "-v" + definition.version() + ".pdf",
                sopPdf.render(definition, tenant.name()));
    }
}
