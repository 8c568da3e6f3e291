package id.surel.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a mailbox over real IMAP, as the applicant's mail program would. */
public final class MailboxReader {

    private MailboxReader() {
    }

    /** A received message: its subject, its text (the first part of a multipart) and its attached files. */
    public record Mail(String subject, String body, List<Attachment> attachments) {

        public Mail(String subject, String body) {
            this(subject, body, List.of());
        }
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Logs in and lists the INBOX; throws jakarta.mail.AuthenticationFailedException on a wrong password. */
    public static List<Mail> inbox(String host, int port, String user, String password) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(host, port, user, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Mail(message.getSubject(), text(message), attachments(message)));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }

    private static List<Attachment> attachments(Message message) throws MessagingException {
        try {
            List<Attachment> files = new ArrayList<>();
            if (message.getContent() instanceof MimeMultipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        files.add(new Attachment(part.getFileName(), part.getContentType(),
                                part.getInputStream().readAllBytes()));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new MessagingException("cannot read attachments", e);
        }
    }

    private static String text(Message message) throws MessagingException {
        try {
            Object content = message.getContent();
            if (content instanceof MimeMultipart multipart) {
                return String.valueOf(multipart.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (IOException e) {
            throw new MessagingException("cannot read message", e);
        }
    }
}
