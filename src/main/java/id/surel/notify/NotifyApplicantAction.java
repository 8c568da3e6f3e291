package id.surel.notify;

import id.surel.document.IssuedLetter;
import id.surel.document.ReplyLetters;
import id.surel.sop.Outcome;
import id.surel.sop.SopService;
import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.SystemActionHandler;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * {@code notify-applicant}: issues the reply letter (surat balasan: approved, or rejected with the reason) into the
 * request's archive, and e-mails the applicant the outcome with the letter attached as PDF.
 */
@Component
class NotifyApplicantAction implements SystemActionHandler {

    private final Mailer mailer;
    private final Notices notices;
    private final Tenants tenants;
    private final Requests requests;
    private final ReplyLetters replyLetters;
    private final NoticeRenderer renderer;

    NotifyApplicantAction(Mailer mailer, Notices notices, Tenants tenants, Requests requests,
            ReplyLetters replyLetters, NoticeRenderer renderer) {
        this.renderer = renderer;
        this.mailer = mailer;
        this.notices = notices;
        this.tenants = tenants;
        this.requests = requests;
        this.replyLetters = replyLetters;
    }

    @Override
    public SystemAction action() {
        return SystemAction.NOTIFY_APPLICANT;
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        Tenant tenant = tenants.get(request.tenantId());
        boolean rejected = Outcome.REJECTED.name().equals(request.outcome());
        String reason = rejected ? decisionNote(request) : null;
        if (context.definition().service().lifecycle()) {
            return notifyLifecycle(request, tenant, context.definition().service(), rejected, reason);
        }
        IssuedLetter letter = replyLetters.issue(context, reason);
        RenderedNotice notice = renderer.render(tenant.id(), rejected ? Notice.REJECTED : Notice.APPROVED, Map.of(
                "applicantName", request.applicantName(), "trackingNumber", request.trackingNumber(), "tenantName",
                tenant.name(), "address", request.proposedAddress(), "reason",
                reason == null ? notices.bilingual("notice.noReason") : reason, "letterNumber", letter.number()));
        try {
            mailer.send("no-reply@" + tenant.domain(), request.contactEmail(), notice.subject(), notice.body(),
                    new Mailer.Attachment(letter.fileName(), "application/pdf", letter.pdf()));
        } catch (MailException e) {
            throw new ActionFailedException("Pengiriman e-mail gagal / sending e-mail failed: " + e.getMessage(), true, e);
        }
        return (rejected ? "Pemberitahuan penolakan dikirim ke " : "Pemberitahuan persetujuan dikirim ke ")
                + request.contactEmail() + " dengan surat balasan nomor " + letter.number();
    }

    /**
     * A lifecycle request's outcome by e-mail only: the reply letter is the new account's (it speaks of an account
     * made and its initial password), and a reset's new password already went out in its own message.
     */
    private String notifyLifecycle(RequestRecord request, Tenant tenant, SopService service, boolean rejected,
            String reason) {
        String code = rejected ? "notice.lifecycle.rejected" : "notice.lifecycle.approved";
        try {
            mailer.send("no-reply@" + tenant.domain(), request.contactEmail(),
                    notices.subject(code + ".subject", request.trackingNumber()),
                    notices.body(code + ".body", request.applicantName(), request.trackingNumber(), tenant.name(),
                            request.proposedAddress(), reason == null ? notices.plain("notice.noReason") : reason,
                            notices.plain("service." + service.code())));
        } catch (MailException e) {
            throw new ActionFailedException("Pengiriman e-mail gagal / sending e-mail failed: " + e.getMessage(), true, e);
        }
        return (rejected ? "Pemberitahuan penolakan dikirim ke " : "Pemberitahuan penyelesaian dikirim ke ")
                + request.contactEmail();
    }

    /** The note of the decision that rejected the request (what the deciding official wrote), or null if none. */
    private String decisionNote(RequestRecord request) {
        List<HistoryEntry> history = requests.history(request.tenantId(), request.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (entry.branchId() != null) {
                return entry.note();
            }
        }
        return null;
    }
}
