package id.surel.intake;

import id.surel.audit.AuditLog;
import id.surel.notify.ReceiptNotice;
import id.surel.request.RequestForm;
import id.surel.sop.RequestType;
import id.surel.sop.RequiredDocument;
import id.surel.request.RequestIntake;
import id.surel.request.TrackingLinks;
import id.surel.tenant.Tenant;
import id.surel.workflow.DuplicateRequestException;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Submission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns a draft into a request on the tenant's SOP, through the same checks as the public form. The request starts and
 * the draft is marked submitted in one transaction; the applicant then gets the tracking number and private link.
 */
@Service
class DraftSubmission {

    /** Either the submission, or the problems (field errors with message codes) that keep the draft a draft. */
    record Result(Optional<Submission> submission, BindingResult problems) {
    }

    /** A draft as the request it would become, or the problems that keep it from becoming one. */
    record Checked(Optional<NewRequest> request, BindingResult problems) {
    }

    private final RequestIntake intake;
    private final RequestEngine engine;
    private final IntakeMails mails;
    private final ReceiptNotice receipts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TrackingLinks links;
    private final Clock clock;

    DraftSubmission(RequestIntake intake, RequestEngine engine, IntakeMails mails, ReceiptNotice receipts,
            AuditLog audit, TransactionTemplate transactions, TrackingLinks links, Clock clock) {
        this.intake = intake;
        this.engine = engine;
        this.mails = mails;
        this.receipts = receipts;
        this.audit = audit;
        this.transactions = transactions;
        this.links = links;
        this.clock = clock;
    }

    /** The request types of the tenant's active SOP, in the definition's order. */
    List<RequestType> requestTypes(Tenant tenant) {
        return intake.requestTypes(tenant);
    }

    /** The draft's request type in the active SOP; the SOP's first type when the draft names none it still has. */
    RequestType typeOf(Tenant tenant, IntakeMail draft) {
        List<RequestType> types = intake.requestTypes(tenant);
        return types.stream().filter(t -> t.id().equals(draft.requestType())).findFirst().orElse(types.get(0));
    }

    /**
     * The draft checked as the public form checks a request, without starting anything: as its request type with its
     * fields, its attachments handed in for the type's documents in order of the content types each accepts;
     * {@code letterId} picks the attachment for the first document.
     */
    Checked check(Tenant tenant, IntakeMail draft, Long letterId) {
        RequestType type = typeOf(tenant, draft);
        RequestForm form = new RequestForm();
        form.setType(type.id());
        form.setFields(new HashMap<>(draft.typeFields()));
        form.setApplicantName(draft.applicantName());
        form.setApplicantNip(draft.applicantNip());
        form.setUnitCode(draft.unitCode());
        form.setContactEmail(draft.sender());
        form.setProposedLocalPart(draft.localPart());
        form.setDocuments(documents(draft, type, letterId));
        BindingResult problems = new BeanPropertyBindingResult(form, "form");
        return new Checked(intake.check(tenant, form, problems), problems);
    }

    Result submit(Tenant tenant, IntakeMail draft, Long letterId, String by) {
        Checked checked = check(tenant, draft, letterId);
        BindingResult problems = checked.problems();
        if (checked.request().isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        NewRequest r = checked.request().get();
        Submission submission;
        try {
            submission = transactions.execute(status -> {
                Submission s = engine.submit(r);
                if (!mails.markSubmitted(tenant.id(), draft.id(), s.requestId(), by, clock.instant())) {
                    throw new DraftChangedException(draft.id().toString());
                }
                return s;
            });
        } catch (DuplicateRequestException e) {
            problems.rejectValue(e.field(), "request.owner.openRequest");
            return new Result(Optional.empty(), problems);
        }
        audit.record(tenant.id().value(), by, "intake.submitted", submission.trackingNumber(),
                "mail " + draft.id() + " from " + draft.sender());
        if (receipts.send(tenant, submission.trackingNumber(), r.applicantName(),
                r.contactEmail(), r.proposedAddress(), links.linkFor(submission.trackingToken()))) {
            mails.markReplied(tenant.id(), draft.id(), clock.instant());
        }
        return new Result(Optional.of(submission), problems);
    }

    private Map<String, MultipartFile> documents(IntakeMail draft, RequestType type, Long letterId) {
        List<StoredAttachment> unused = new ArrayList<>(mails.attachments(draft.tenantId(), draft.id()));
        Map<String, MultipartFile> documents = new HashMap<>();
        for (int i = 0; i < type.documents().size(); i++) {
            RequiredDocument document = type.documents().get(i);
            Long chosen = i == 0 ? letterId : null;
            Optional<StoredAttachment> match = unused.stream()
                    .filter(a -> document.accepts(a.contentType()))
                    .filter(a -> chosen == null || a.id() == chosen)
                    .findFirst();
            match.ifPresent(a -> {
                unused.remove(a);
                mails.attachment(draft.tenantId(), draft.id(), a.id())
                        .ifPresent(file -> documents.put(document.id(), new AttachedFile(file)));
            });
        }
        return documents;
    }
}
