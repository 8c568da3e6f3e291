package id.surel.document;

import id.surel.security.CurrentStaff;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestNotFoundException;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The documents of a request for its tenant's staff: archived letters and disposition sheets; others get 404. */
@Controller
class RequestDocumentController {

    private final Requests requests;
    private final RequestDocuments documents;
    private final DispositionSheets dispositionSheets;
    private final RequestEngine engine;
    private final CurrentStaff currentStaff;

    RequestDocumentController(Requests requests, RequestDocuments documents, DispositionSheets dispositionSheets,
            RequestEngine engine, CurrentStaff currentStaff) {
        this.requests = requests;
        this.documents = documents;
        this.dispositionSheets = dispositionSheets;
        this.engine = engine;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/permohonan/{id}/dokumen/{documentId}")
    ResponseEntity<byte[]> stored(@PathVariable UUID id, @PathVariable long documentId) {
        TenantId tenant = currentStaff.get().tenantId();
        StoredDocument document = documents.find(tenant, id, documentId).orElseThrow(RequestNotFoundException::new);
        byte[] pdf = documents.pdf(tenant, id, documentId).orElseThrow(RequestNotFoundException::new);
        return inlinePdf(document.number().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf", pdf);
    }

    @GetMapping("/permohonan/{id}/disposisi/{historyIndex}.pdf")
    ResponseEntity<byte[]> disposition(@PathVariable UUID id, @PathVariable int historyIndex) {
        RequestRecord request = requests.find(currentStaff.get().tenantId(), id)
                .orElseThrow(RequestNotFoundException::new);
        byte[] pdf = dispositionSheets.render(request, engine.definitionOf(request), historyIndex)
                .orElseThrow(RequestNotFoundException::new);
        return inlinePdf("disposisi-" + request.trackingNumber() + "-" + (historyIndex + 1) + ".pdf", pdf);
    }

    static ResponseEntity<byte[]> inlinePdf(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }
}
