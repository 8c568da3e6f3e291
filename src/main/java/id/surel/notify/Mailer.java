package id.surel.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends plain-text e-mail over SMTP (the embedded server by default). Never logs bodies: they may hold credentials. */
@Service
public class Mailer {

    private final JavaMailSender sender;

    public Mailer(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Sends one message; throws {@link MailException} (retryable) if the SMTP server does not take it. */
    public void send(String from, String to, String subject, String body) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(message);
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("Cannot build message to " + to, e);
        }
    }
}
