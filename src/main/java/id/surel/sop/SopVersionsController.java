package id.surel.sop;

import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of the tenant's SOP: the admin uploads a new definition (validated, every problem listed), checks it
 * as the rendered SOP document, then activates it. Running requests stay on the version they started with.
 */
@Controller
class SopVersionsController {

    private static final long MAX_BYTES = 256 * 1024;

    private final SopCatalog catalog;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    SopVersionsController(SopCatalog catalog, CurrentStaff currentStaff, AuditLog audit) {
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @GetMapping("/sop/versi")
    String versions(Model model) {
        model.addAttribute("versions", catalog.versions(currentStaff.get().tenantId().value()));
        model.addAttribute("admin", currentStaff.get().admin());
        return "sop/versions";
    }

    @PostMapping("/sop/versi")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        String tenant = currentStaff.get().tenantId().value();
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            redirect.addFlashAttribute("problem", "sop.versions.fileInvalid");
            return "redirect:/sop/versi";
        }
        String name = "unggahan/" + (file.getOriginalFilename() == null ? "sop.yaml" : file.getOriginalFilename());
        try {
            StoredDefinition stored = catalog.storeVersion(tenant, name,
                    new String(file.getBytes(), StandardCharsets.UTF_8));
            audit.record(tenant, currentStaff.get().getUsername(), "sop.uploaded", name,
                    stored.definition().key() + " v" + stored.definition().version());
            return "redirect:/sop?versi=" + stored.id();
        } catch (DefinitionInvalidException e) {
            model.addAttribute("problems", e.problems());
            return versions(model);
        }
    }

    @PostMapping("/sop/versi/{versionId}/aktifkan")
    String activate(@PathVariable long versionId, RedirectAttributes redirect) {
        StoredDefinition stored = catalog.activateVersion(currentStaff.get().tenantId().value(), versionId);
        audit.record(stored.tenantId(), currentStaff.get().getUsername(), "sop.activated", stored.sourceName(),
                stored.definition().key() + " v" + stored.definition().version());
        redirect.addFlashAttribute("success", "sop.versions.activated");
        return "redirect:/sop/versi";
    }
}
