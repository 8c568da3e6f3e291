package id.surel.document;

import id.surel.sop.Outcome;
import id.surel.sop.RequestType;
import id.surel.sop.SopDefinition;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Issues the reply letter of a request once: numbered, rendered, archived with the request. A repeated
 * {@code notify-applicant} job gets the archived letter back instead of a new number.
 */
@Service
public class ReplyLetters {

    private final RequestDocuments documents;
    private final LetterNumbers numbers;
    private final Letterheads letterheads;
    private final Signatories signatories;
    private final PdfTemplates templates;
    private final Tenants tenants;
    private final Requests requests;
    private final Clock clock;

    ReplyLetters(RequestDocuments documents, LetterNumbers numbers, Letterheads letterheads, Signatories signatories,
            PdfTemplates templates, Tenants tenants, Requests requests, Clock clock) {
        this.documents = documents;
        this.numbers = numbers;
        this.letterheads = letterheads;
        this.signatories = signatories;
        this.templates = templates;
        this.tenants = tenants;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * The reply letter for the request the action runs for, issued now if it has none yet.
     *
     * @param reason the rejecting official's note, or null (the letter then says no reason was recorded)
     */
    public IssuedLetter issue(ActionContext context, String reason) {
        RequestRecord request = context.request();
        Tenant tenant = tenants.get(request.tenantId());
        boolean approved = !Outcome.REJECTED.name().equals(request.outcome());
        StoredDocument stored = documents.first(tenant.id(), request.id(), DocumentKind.REPLY)
                .orElseGet(() -> render(context, tenant, approved, reason));
        byte[] pdf = documents.pdf(tenant.id(), request.id(), stored.id()).orElseThrow();
        return new IssuedLetter(stored.number(), fileName(request), pdf);
    }

    private StoredDocument render(ActionContext context, Tenant tenant, boolean approved, String reason) {
        RequestRecord request = context.request();
        Instant now = clock.instant();
        String number = numbers.next(tenant, DocumentKind.REPLY, now);
        Signatory signer = signer(context, tenant);
        ReplyLetter letter = new ReplyLetter(letterheads.of(tenant), number, date(now, tenant), approved,
                applicant(request, tenant, context.definition()), request.trackingNumber(), date(request.submittedAt(), tenant), reason,
                signer);
        byte[] pdf = templates.render("reply-letter", Map.of("letter", letter));
        String by = context.requestedBy() == null ? "sistem" : context.requestedBy();
        return documents.insertOrKeep(tenant.id(),
                new NewDocument(request.id(), DocumentKind.REPLY, number, letter.subject(), pdf, by));
    }

    /**
     * The staff member who completed the task that sends the letter; when Surel entered a system step by itself, the
     * one who completed the last human step before it (the deciding official, on a rejection).
     */
    private Signatory signer(ActionContext context, Tenant tenant) {
        if (context.requestedBy() != null) {
            return signatories.of(tenant.id(), context.definition(), context.requestedBy(), context.requestedByName(),
                    context.step().actor());
        }
        List<HistoryEntry> history = requests.history(tenant.id(), context.request().id());
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            boolean human = context.definition().findStep(entry.stepId()).map(s -> s.isHumanStep()).orElse(false);
            if (human) {
                return signatories.of(tenant.id(), context.definition(), entry.completedBy(), entry.completedByName(),
                        entry.actorId());
            }
        }
        return signatories.of(tenant.id(), context.definition(), null, null, context.step().actor());
    }

    private ReplyLetter.Applicant applicant(RequestRecord request, Tenant tenant, SopDefinition definition) {
        String unit = tenants.unit(tenant.id(), request.unitCode()).map(u -> u.name()).orElse(request.unitCode());
        String accountName = definition.findRequestType(request.type()).filter(RequestType::namesAccount)
                .map(t -> request.accountName()).orElse(null);
        return new ReplyLetter.Applicant(request.applicantName(), PrintedNip.of(request.applicantNip()), unit,
                accountName, request.contactEmail(), request.proposedAddress());
    }

    private static LetterDate date(Instant instant, Tenant tenant) {
        return new LetterDate(instant.atZone(tenant.zone()).toLocalDate());
    }

    private static String fileName(RequestRecord request) {
        return "surat-balasan-" + request.trackingNumber() + ".pdf";
    }
}
