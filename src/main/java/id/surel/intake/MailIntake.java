package id.surel.intake;

import id.surel.audit.AuditLog;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;

/**
 * Takes one mail from an intake box: a refused one goes to quarantine with its reason, a readable one is stored as a
 * draft with the fields Surel could read, then submitted on the tenant's SOP if complete, and the sender is answered.
 * Safe to repeat for the same mail (its Message-ID is stored unique per tenant), so the mail is moved out of the box
 * only after this returns, and a crash in between only means the mail is looked at once more.
 */
@Service
class MailIntake {

    /** Where the mail goes in the box once taken. */
    enum Taken {
        PROCESSED, QUARANTINED
    }

    /** The raw mail, downloaded only once it is known to be within the size limit. */
    @FunctionalInterface
    interface RawMail {
        byte[] bytes() throws IOException, jakarta.mail.MessagingException;
    }

    static final String SYSTEM = "sistem";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    private final IntakeMails mails;
    private final IncomingMailReader reader;
    private final DraftSubmission submission;
    private final IntakeReplies replies;
    private final Tenants tenants;
    private final IntakeSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    MailIntake(IntakeMails mails, IncomingMailReader reader, DraftSubmission submission, IntakeReplies replies,
            Tenants tenants, IntakeSettings settings, AuditLog audit, Clock clock) {
        this.mails = mails;
        this.reader = reader;
        this.submission = submission;
        this.replies = replies;
        this.tenants = tenants;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Throws only when the box or the database fails; then the mail stays where it is for the next poll. */
    Taken take(Tenant tenant, IntakeMailbox box, Envelope envelope, RawMail raw)
            throws IOException, jakarta.mail.MessagingException {
        Optional<IntakeMail> known = mails.findByMessageId(tenant.id(), envelope.messageId());
        if (known.isPresent()) {
            IntakeMail mail = known.get();
            if (mail.isDraft() && mail.repliedAt() == null) {
                answer(tenant, mail);
            }
            return mail.status() == IntakeStatus.QUARANTINED ? Taken.QUARANTINED : Taken.PROCESSED;
        }
        ReadMail mail;
        try {
            if (envelope.sizeBytes() > settings.maxMessageSize().toBytes()) {
                throw new MailRefusedException(QuarantineReason.TOO_LARGE, envelope.sizeBytes() + " bytes > "
                        + settings.maxMessageSize().toBytes());
            }
            mail = reader.read(raw.bytes());
        } catch (MailRefusedException e) {
            return quarantine(tenant, box, envelope, e.reason(), e.detail());
        } catch (RuntimeException e) {
            log.warn("Intake mail {} of {} unreadable", envelope.messageId(), tenant.id().value(), e);
            return quarantine(tenant, box, envelope, QuarantineReason.UNREADABLE, e.getClass().getSimpleName());
        }
        DraftFields fields = MailFields.read(mail, tenants.units(tenant.id()), submission.requestTypes(tenant));
        Optional<UUID> id = mails.insertDraft(tenant.id(), box.address(), envelope, mail, fields);
        if (id.isEmpty()) {
            return Taken.PROCESSED;
        }
        audit.record(tenant.id().value(), SYSTEM, "intake.draft", envelope.messageId(),
                "from " + mail.sender() + "; " + mail.attachments().size() + " attachment(s)");
        IntakeMail draft = mails.find(tenant.id(), id.get()).orElseThrow();
        if (mail.automatic()) {
            // Sent by a machine: no answer (two auto-responders would mail each other forever); staff see the draft.
            mails.markReplied(tenant.id(), draft.id(), clock.instant());
        } else {
            answer(tenant, draft);
        }
        return Taken.PROCESSED;
    }

    /** Submits a complete draft (if allowed) and answers: the receipt with the tracking number, or what is missing. */
    private void answer(Tenant tenant, IntakeMail draft) {
        // Labels from the SOP go into the problems in the checking thread's language: Indonesian, as the answer leads.
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(INDONESIAN);
        try {
            submitOrList(tenant, draft);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private void submitOrList(Tenant tenant, IntakeMail draft) {
        BindingResult problems;
        if (settings.autoSubmit()) {
            DraftSubmission.Result result = submission.submit(tenant, draft, null, SYSTEM);
            if (result.submission().isPresent()) {
                return;
            }
            problems = result.problems();
        } else {
            problems = submission.check(tenant, draft, null).problems();
        }
        if (replies.draftKept(tenant, draft, problems)) {
            mails.markReplied(tenant.id(), draft.id(), clock.instant());
        }
    }

    private Taken quarantine(Tenant tenant, IntakeMailbox box, Envelope envelope, QuarantineReason reason,
            String detail) {
        if (mails.insertQuarantined(tenant.id(), box.address(), envelope, reason, detail)) {
            audit.record(tenant.id().value(), SYSTEM, "intake.quarantined", envelope.messageId(),
                    reason + ": " + detail + "; from " + envelope.sender());
        }
        return Taken.QUARANTINED;
    }
}
