package id.surel.request.bulk;

import id.surel.notify.Mailer;
import id.surel.tenant.Tenant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails to the agency about its batch: the receipt with its private links, and the result once provisioned. */
@Component
class BatchNotices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final int LISTED = 200;

    private final Mailer mailer;
    private final MessageSource messages;
    private final RowReasons reasons;

    BatchNotices(Mailer mailer, MessageSource messages, RowReasons reasons) {
        this.mailer = mailer;
        this.messages = messages;
        this.reasons = reasons;
    }

    void receipt(Tenant tenant, String to, String applicantName, String trackingNumber, int rows, int valid,
            String trackingLink, String reportLink) {
        Object[] args = {applicantName, rows, valid, rows - valid, trackingNumber == null ? "-" : trackingNumber,
                trackingLink == null ? "-" : trackingLink, reportLink, tenant.name()};
        mailer.send("no-reply@" + tenant.domain(), to, both("bulk.notice.receipt.subject", args, " / "),
                both("bulk.notice.receipt.body", args, "\n\n---\n\n"));
    }

    void result(Tenant tenant, Batch batch, String trackingNumber, BatchProgress progress, List<BatchRow> rows) {
        String id = text("bulk.notice.result.body", INDONESIAN, trackingNumber, progress, rows, tenant);
        String en = text("bulk.notice.result.body", Locale.ENGLISH, trackingNumber, progress, rows, tenant);
        Object[] subject = {trackingNumber};
        mailer.send("no-reply@" + tenant.domain(), batch.contactEmail(),
                both("bulk.notice.result.subject", subject, " / "), id + "\n\n---\n\n" + en);
    }

    private String text(String code, Locale locale, String trackingNumber, BatchProgress progress, List<BatchRow> rows,
            Tenant tenant) {
        StringBuilder problems = new StringBuilder();
        rows.stream()
                .filter(r -> r.status() == RowStatus.REFUSED || r.status() == RowStatus.FAILED)
                .limit(LISTED)
                .forEach(r -> problems.append("- ").append(r.line()).append(": ").append(r.name() == null ? "" : r.name())
                        .append(" — ").append(reasons.reason(r, locale)).append('\n'));
        return messages.getMessage(code, new Object[] {trackingNumber, progress.done(), progress.failed(),
                progress.refused(), problems.length() == 0 ? "-" : problems.toString(), tenant.name()}, locale);
    }

    private String both(String code, Object[] args, String separator) {
        return messages.getMessage(code, args, INDONESIAN) + separator + messages.getMessage(code, args, Locale.ENGLISH);
    }
}
