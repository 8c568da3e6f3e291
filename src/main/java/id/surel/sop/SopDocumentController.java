package id.surel.sop;

import id.surel.security.CurrentStaff;
import id.surel.sop.render.BpmnExport;
import id.surel.sop.render.SwimlaneChart;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The logged-in staff member's active SOP as the signed document looks (identity, flowchart, revisions) and as BPMN. */
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
    String document(Model model) {
        SopDefinition definition = activeDefinition();
        model.addAttribute("definition", definition);
        model.addAttribute("chart", SwimlaneChart.of(definition));
        model.addAttribute("legend", SwimlaneChart.legend());
        return "sop/document";
    }

    @GetMapping("/sop/bpmn")
    ResponseEntity<byte[]> bpmn() {
        SopDefinition definition = activeDefinition();
        String fileName = definition.key() + "-v" + definition.version() + ".bpmn";
        return ResponseEntity.ok()
                .contentType(BPMN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(bpmnExport.toXml(definition).getBytes(StandardCharsets.UTF_8));
    }

    private SopDefinition activeDefinition() {
        return catalog.active(currentStaff.get().tenantId().value()).definition();
    }
}
