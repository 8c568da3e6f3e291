package id.surel.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Tells the applicant right after submission: the tracking number and the private tracking link. Sent from the web
 * request because the link's token exists only there (Surel stores its hash); if the mail cannot go, the link is still
 * on the page the applicant sees.
 */
@Service
public class ReceiptNotice {

    private static final Logger log = LoggerFactory.getLogger(ReceiptNotice.class);

    private final Mailer mailer;
    private final Notices notices;

    public ReceiptNotice(Mailer mailer, Notices notices) {
        this.mailer = mailer;
        this.notices = notices;
    }

    /** Sends the receipt; returns false (and logs without the link) if the SMTP server did not take it. */
    public boolean send(String domain, String tenantName, String trackingNumber, String applicantName,
            String contactEmail, String address, String trackingLink) {
        try {
            mailer.send("no-reply@" + domain, contactEmail, notices.subject("notice.receipt.subject", trackingNumber),
                    notices.body("notice.receipt.body", trackingNumber, applicantName, tenantName, address,
                            trackingLink));
            return true;
        } catch (MailException e) {
            log.warn("Receipt for {} not sent: {}", trackingNumber, e.getMessage());
            return false;
        }
    }
}
