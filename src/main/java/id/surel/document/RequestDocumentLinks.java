package id.surel.document;

import id.surel.calendar.TenantTime;
import id.surel.sop.SopDefinition;
import id.surel.tenant.Tenants;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestDocumentLink;
import id.surel.workflow.RequestDocumentSource;
import id.surel.workflow.RequestRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Lists a request's archived letters, then its disposition sheets, on the staff request page. */
@Component
class RequestDocumentLinks implements RequestDocumentSource {

    private static final DateTimeFormatter WHEN = TenantTime.SHOWN;

    private final RequestDocuments documents;
    private final Tenants tenants;

    RequestDocumentLinks(RequestDocuments documents, Tenants tenants) {
        this.documents = documents;
        this.tenants = tenants;
    }

    @Override
    public List<RequestDocumentLink> documents(RequestRecord request, SopDefinition definition,
            List<HistoryEntry> history) {
        ZoneId zone = tenants.get(request.tenantId()).zone();
        String base = "/permohonan/" + request.id();
        List<RequestDocumentLink> links = new ArrayList<>();
        for (StoredDocument d : documents.forRequest(request.tenantId(), request.id())) {
            links.add(new RequestDocumentLink("document." + d.kind().name().toLowerCase(Locale.ROOT), null, null,
                    d.number(), when(d.createdAt(), zone), base + "/dokumen/" + d.id()));
        }
        for (Disposition d : Dispositions.of(definition, request, history)) {
            links.add(new RequestDocumentLink("document.disposition", d.fromTitle(), d.toTitle(),
                    d.agendaNumber(request.trackingNumber()), when(d.entry().completedAt(), zone),
                    base + "/disposisi/" + d.historyIndex() + ".pdf"));
        }
        return links;
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.withZone(zone).format(instant);
    }
}
