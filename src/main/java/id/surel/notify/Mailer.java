package id.surel.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends plain-text e-mail over SMTP (the embedded server by default). Never logs bodies: they may hold credentials. */
@Service
public class Mailer {

    /** A file sent along with a message, e.g. the reply letter as PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** One plain-text message of a {@link #sendAll} batch. */
    public record Mail(String from, String to, String subject, String body) {

        @Override
        public String toString() {
            return "Mail[to=" + to + ", subject=" + subject + "]";
        }
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
        sender.send(message(from, to, subject, body, attachment));
    }

    /**
     * Sends the messages in order over one SMTP connection instead of one connection each. Throws
     * {@link NotAllSentException} naming the positions the server did not take (all of them when no connection could be
     * made); the others were delivered.
     */
    public void sendAll(List<Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        MimeMessage[] messages = new MimeMessage[mails.size()];
        Map<MimeMessage, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < messages.length; i++) {
            Mail mail = mails.get(i);
            messages[i] = message(mail.from(), mail.to(), mail.subject(), mail.body(), null);
            positions.put(messages[i], i);
        }
        try {
            sender.send(messages);
        } catch (MailSendException e) {
            BitSet unsent = new BitSet(messages.length);
            boolean known = !e.getFailedMessages().isEmpty();
            for (Object failed : e.getFailedMessages().keySet()) {
                Integer position = positions.get(failed);
                known &= position != null;
                if (position != null) {
                    unsent.set(position);
                }
            }
            if (!known) {
                // no per-message outcome (e.g. the connection failed on close): count nothing as delivered
                unsent.set(0, messages.length);
            }
            throw new NotAllSentException(unsent, e);
        } catch (MailException e) {
            BitSet unsent = new BitSet(messages.length);
            unsent.set(0, messages.length);
            throw new NotAllSentException(unsent, e);
        }
    }

    private MimeMessage message(String from, String to, String subject, String body, Attachment attachment) {
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
            return message;
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("Cannot build message to " + to, e);
        }
    }

    /** Some messages of a {@link #sendAll} batch were not delivered; retryable. */
    public static final class NotAllSentException extends MailSendException {

        private final BitSet unsent;

        NotAllSentException(BitSet unsent, MailException cause) {
            super(unsent.cardinality() + " pesan tidak terkirim / messages not sent: " + cause.getMessage(), cause);
            this.unsent = (BitSet) unsent.clone();
        }

        /** Whether the message at this position of the batch was delivered. */
        public boolean sent(int position) {
            return !unsent.get(position);
        }
    }
}
