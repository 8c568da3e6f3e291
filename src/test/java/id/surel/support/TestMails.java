package id.surel.support;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Well-formed mails as a mail program writes them: a text (plain or HTML) and attached files. */
public final class TestMails {

    public record File(String name, String contentType, byte[] content) {
    }

    private TestMails() {
    }

    public static byte[] plain(String from, String fromName, String to, String subject, String text, File... files) {
        return mail(from, fromName, to, subject, text, "plain", files);
    }

    public static byte[] html(String from, String fromName, String to, String subject, String html, File... files) {
        return mail(from, fromName, to, subject, html, "html", files);
    }

    private static byte[] mail(String from, String fromName, String to, String subject, String text, String subtype,
            File... files) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from, fromName, "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8", subtype);
            multipart.addBodyPart(body);
            for (File file : files) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                part.setFileName(file.name());
                part.setDisposition(Part.ATTACHMENT);
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
