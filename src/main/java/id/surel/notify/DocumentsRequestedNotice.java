package id.surel.notify;

import id.surel.sop.RequestType;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.DocumentsRequested;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * E-mails the applicant what staff asked for, with a private link to the tracking page where they upload it. Sent
 * after the request was sent back (committed); if the mail cannot go, the request still shows what is asked.
 */
@Component
class DocumentsRequestedNotice {

    private static final Logger log = LoggerFactory.getLogger(DocumentsRequestedNotice.class);

    private final Mailer mailer;
    private final Notices notices;
    private final Tenants tenants;
    private final Requests requests;
    private final RequestEngine engine;

    DocumentsRequestedNotice(Mailer mailer, Notices notices, Tenants tenants, Requests requests,
            RequestEngine engine) {
        this.mailer = mailer;
        this.notices = notices;
        this.tenants = tenants;
        this.requests = requests;
        this.engine = engine;
    }

    @EventListener
    void send(DocumentsRequested event) {
        RequestRecord request = requests.find(event.tenantId(), event.requestId()).orElseThrow();
        Tenant tenant = tenants.get(request.tenantId());
        RequestType type = engine.definitionOf(request).requestType(request.type());
        String documents = request.askedDocuments().stream()
                .map(id -> type.document(id).map(d -> "- " + d.label().both()).orElse("- " + id))
                .collect(Collectors.joining("\n"));
        String note = request.askedNote() == null ? notices.plain("notice.noReason") : request.askedNote();
        try {
            mailer.send("no-reply@" + tenant.domain(), request.contactEmail(),
                    notices.subject("notice.documentsRequested.subject", request.trackingNumber()),
                    notices.body("notice.documentsRequested.body", request.applicantName(), request.trackingNumber(),
                            tenant.name(), documents, note, event.trackingLink()));
        } catch (MailException e) {
            log.warn("Request for documents of {} not sent: {}", request.trackingNumber(),
                    e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT));
        }
    }
}
