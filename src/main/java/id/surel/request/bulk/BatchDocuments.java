package id.surel.request.bulk;

import id.surel.sop.SopDefinition;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestDocumentLink;
import id.surel.workflow.RequestDocumentSource;
import id.surel.workflow.RequestRecord;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lists a bulk request's staff list (its per-row report and progress) among the documents on the staff page. */
@Component
class BatchDocuments implements RequestDocumentSource {

    private final Batches batches;

    BatchDocuments(Batches batches) {
        this.batches = batches;
    }

    @Override
    public List<RequestDocumentLink> documents(RequestRecord request, SopDefinition definition,
            List<HistoryEntry> history) {
        return batches.findByRequest(request.tenantId(), request.id())
                .map(b -> List.of(new RequestDocumentLink("bulk.document.staffList", String.valueOf(b.validCount()),
                        String.valueOf(b.rowCount()), b.fileName(), "", "/permohonan/" + request.id() + "/kolektif")))
                .orElse(List.of());
    }
}
