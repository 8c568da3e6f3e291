package id.surel.intake;

import id.surel.notify.Mailer;
import id.surel.notify.Notices;
import id.surel.tenant.Tenant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Answers the sender of a draft from the intake address: what is still missing (each problem in both languages), or
 * why staff rejected it. The answer with the tracking number is the ordinary receipt notice.
 */
@Component
class IntakeReplies {

    private static final Logger log = LoggerFactory.getLogger(IntakeReplies.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Mailer mailer;
    private final Notices notices;
    private final MessageSource messages;

    IntakeReplies(Mailer mailer, Notices notices, MessageSource messages) {
        this.mailer = mailer;
        this.notices = notices;
        this.messages = messages;
    }

    /**
     * Tells the sender the mail is kept as a draft for staff, with what is still missing if anything; returns false
     * (and logs) if the SMTP server did not take it. The draft is kept either way.
     */
    boolean draftKept(Tenant tenant, IntakeMail draft, Errors problems) {
        if (!problems.hasErrors()) {
            return send(draft, notices.subject("notice.intake.kept.subject", subjectOf(draft)),
                    notices.body("notice.intake.kept.body", nameOf(draft), subjectOf(draft), tenant.name()));
        }
        String body = missingBody(tenant, draft, problems, INDONESIAN) + "\n\n---\n\n"
                + missingBody(tenant, draft, problems, Locale.ENGLISH);
        return send(draft, notices.subject("notice.intake.missing.subject", subjectOf(draft)), body);
    }

    boolean rejected(Tenant tenant, IntakeMail draft, String reason) {
        return send(draft, notices.subject("notice.intake.rejected.subject", subjectOf(draft)),
                notices.body("notice.intake.rejected.body", nameOf(draft), subjectOf(draft), tenant.name(), reason));
    }

    private String missingBody(Tenant tenant, IntakeMail draft, Errors problems, Locale locale) {
        String list = problems.getAllErrors().stream()
                .map(error -> "- " + messages.getMessage(error, locale))
                .distinct()
                .collect(Collectors.joining("\n"));
        return messages.getMessage("notice.intake.missing.body",
                new Object[] {nameOf(draft), subjectOf(draft), tenant.name(), list}, locale);
    }

    private boolean send(IntakeMail draft, String subject, String body) {
        try {
            mailer.send(draft.mailbox(), draft.sender(), subject, body);
            return true;
        } catch (MailException e) {
            log.warn("Reply to intake mail {} not sent: {}", draft.id(), e.getMessage());
            return false;
        }
    }

    private static String nameOf(IntakeMail draft) {
        return draft.applicantName() != null ? draft.applicantName()
                : draft.senderName() != null ? draft.senderName() : draft.sender();
    }

    private static String subjectOf(IntakeMail draft) {
        return draft.subject() == null || draft.subject().isBlank() ? "-" : draft.subject();
    }
}
