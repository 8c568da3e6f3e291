package id.surel.notify;

import id.surel.tenant.Tenant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Tells the applicant right after submission: the tracking number and the private tracking link, in the tenant's
 * wording. Sent from the web request because the link's token exists only there (Surel stores its hash); if the mail
 * cannot go, the link is still on the page the applicant sees.
 */
@Service
public class ReceiptNotice {

    private static final Logger log = LoggerFactory.getLogger(ReceiptNotice.class);

    private final Mailer mailer;
    private final NoticeRenderer renderer;

    public ReceiptNotice(Mailer mailer, NoticeRenderer renderer) {
        this.mailer = mailer;
        this.renderer = renderer;
    }

    /** Sends the receipt; returns false (and logs without the link) if the SMTP server did not take it. */
    public boolean send(Tenant tenant, String trackingNumber, String applicantName, String contactEmail,
            String address, String trackingLink) {
        RenderedNotice notice = renderer.render(tenant.id(), Notice.RECEIPT, Map.of("trackingNumber", trackingNumber,
                "applicantName", applicantName, "tenantName", tenant.name(), "address", address, "trackingLink",
                trackingLink));
        try {
            mailer.send("no-reply@" + tenant.domain(), contactEmail, notice.subject(), notice.body());
            return true;
        } catch (MailException e) {
            log.warn("Receipt for {} not sent: {}", trackingNumber, e.getMessage());
            return false;
        }
    }
}
