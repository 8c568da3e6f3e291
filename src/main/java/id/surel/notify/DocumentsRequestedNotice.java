package id.surel.notify;

import id.surel.sop.RequestType;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.OutboxJob;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * E-mails the applicant what staff asked for, with a private link to the tracking page where they upload it. Queued
 * in the transaction that sent the request back; the link is made when the mail goes (so no token is ever stored),
 * and a retried delivery makes another. Skipped once the documents are in.
 */
@Component
class DocumentsRequestedNotice {

    private final Mailer mailer;
    private final NoticeRenderer renderer;
    private final Notices notices;
    private final Tenants tenants;
    private final Requests requests;
    private final RequestEngine engine;
    private final PublicUrl urls;

    DocumentsRequestedNotice(Mailer mailer, NoticeRenderer renderer, Notices notices, Tenants tenants,
            Requests requests, RequestEngine engine, PublicUrl urls) {
        this.mailer = mailer;
        this.renderer = renderer;
        this.notices = notices;
        this.tenants = tenants;
        this.requests = requests;
        this.engine = engine;
        this.urls = urls;
    }

    void send(OutboxJob job) {
        RequestRecord request = requests.find(job.tenantId(), job.requestId()).orElse(null);
        if (request == null || !request.waitsForApplicant()) {
            return;
        }
        Tenant tenant = tenants.get(request.tenantId());
        RequestType type = engine.definitionOf(request).requestType(request.type());
        String documents = request.askedDocuments().stream()
                .map(id -> type.document(id).map(d -> "- " + d.label().both()).orElse("- " + id))
                .collect(Collectors.joining("\n"));
        String token = engine.newTrackingLink(request.tenantId(), request.id());
        RenderedNotice notice = renderer.render(tenant.id(), Notice.DOCUMENTS_REQUESTED, Map.of(
                "applicantName", request.applicantName(),
                "trackingNumber", request.trackingNumber(),
                "tenantName", tenant.name(),
                "documents", documents,
                "note", request.askedNote() == null ? notices.bilingual("notice.noReason") : request.askedNote(),
                "uploadLink", urls.of("/lacak/{token}", token)));
        mailer.send("no-reply@" + tenant.domain(), request.contactEmail(), notice.subject(), notice.body());
    }
}
