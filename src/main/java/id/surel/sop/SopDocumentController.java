package id.surel.sop;

import id.surel.security.CurrentStaff;
import id.surel.sop.render.BpmnExport;
import id.surel.sop.render.SwimlaneChart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The logged-in staff member's SOP as the signed document looks (identity, flowchart, revisions) and as BPMN: the active
 * version, or any stored version of the tenant ({@code ?versi=}) for checking before it is activated.
 */
@Controller
class SopDocumentController {

    private static final MediaType BPMN = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final SopCatalog catalog;
    private final CurrentStaff currentStaff;
    private final BpmnExport bpmnExport;

    SopDocumentController(SopCatalog catalog, CurrentStaff currentStaff, BpmnExport bpmnExport) {
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.bpmnExport = bpmnExport;
    }

    @GetMapping("/sop")
    String document(@RequestParam(name = "versi", required = false) Long versionId, Model model) {
        StoredDefinition stored = stored(versionId);
        SopDefinition definition = stored.definition();
        List<StoredDefinition> active = catalog.activeDefinitions(currentStaff.get().tenantId().value());
        model.addAttribute("storedId", stored.id());
        model.addAttribute("preview", active.stream().noneMatch(d -> d.id() == stored.id()));
        model.addAttribute("services", active);
        model.addAttribute("admin", currentStaff.get().admin());
        model.addAttribute("definition", definition);
        model.addAttribute("chart", SwimlaneChart.of(definition));
        model.addAttribute("legend", SwimlaneChart.legend());
        return "sop/document";
    }

    @GetMapping("/sop/bpmn")
    ResponseEntity<byte[]> bpmn(@RequestParam(name = "versi", required = false) Long versionId) {
        SopDefinition definition = stored(versionId).definition();
        String fileName = definition.key() + "-v" + definition.version() + ".bpmn";
        return ResponseEntity.ok()
                .contentType(BPMN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(bpmnExport.toXml(definition).getBytes(StandardCharsets.UTF_8));
    }

    /** The requested version of the tenant's SOP, the active one by default. */
    private StoredDefinition stored(Long versionId) {
        String tenant = currentStaff.get().tenantId().value();
        return versionId == null ? catalog.active(tenant) : catalog.version(tenant, versionId);
    }
}
