package id.surel.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends plain-text e-mail over SMTP (the embedded server by default). Never logs bodies: they may hold credentials. */
@Service
public class Mailer {

    /** A file sent along with a message, e.g. the reply letter as PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private final JavaMailSender sender;

    public Mailer(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Sends one message; throws {@link MailException} (retryable) if the SMTP server does not take it. */
    public void send(String from, String to, String subject, String body) {
        send(from, to, subject, body, null);
    }

    /**
     * Sends one message with a file attached after the text (a null attachment sends the text alone); throws
     * {@link MailException} (retryable) if the SMTP server does not take it.
     */
    public void send(String from, String to, String subject, String body, Attachment attachment) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = attachment == null ? new MimeMessageHelper(message, false, "UTF-8")
                    : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            if (attachment != null) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            sender.send(message);
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("Cannot build message to " + to, e);
        }
    }
}
