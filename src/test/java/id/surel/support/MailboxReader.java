package id.surel.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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

    public record Mail(String subject, String body) {
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
                mails.add(new Mail(message.getSubject(), text(message)));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
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
