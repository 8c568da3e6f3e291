package id.surel.intake;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Reads one raw mail strictly: a structure Jakarta Mail would only guess at (a missing boundary), a text in an unknown
 * charset or with bytes its charset does not allow, too many parts, or an attachment that is not PDF/JPEG/PNG by its
 * content is refused with the reason, never half-read.
 */
@Component
class IncomingMailReader {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_TEXT_CHARS = 100_000;

    private final AttachmentTypes types;
    private final IntakeSettings settings;
    private final Session session;

    IncomingMailReader(AttachmentTypes types, IntakeSettings settings) {
        this.types = types;
        this.settings = settings;
        Properties strict = new Properties();
        strict.setProperty("mail.mime.multipart.ignoremissingendboundary", "false");
        strict.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "false");
        strict.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        strict.setProperty("mail.mime.multipart.allowempty", "false");
        strict.setProperty("mail.mime.base64.ignoreerrors", "false");
        strict.setProperty("mail.mime.address.strict", "true");
        this.session = Session.getInstance(strict);
    }

    ReadMail read(byte[] raw) throws MailRefusedException {
        if (raw.length > settings.maxMessageSize().toBytes()) {
            throw new MailRefusedException(QuarantineReason.TOO_LARGE, raw.length + " bytes");
        }
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            InternetAddress sender = sender(message);
            Parts parts = new Parts();
            walk(message, 0, parts);
            String text = parts.plain.length() > 0 ? parts.plain.toString()
                    : parts.html.length() > 0 ? HtmlText.of(parts.html.toString()) : null;
            if (text == null) {
                throw new MailRefusedException(QuarantineReason.NO_TEXT, "no text/plain or text/html part");
            }
            return new ReadMail(sender.getAddress().toLowerCase(Locale.ROOT), clean(sender.getPersonal()),
                    clean(message.getSubject()), limit(clean(text)), parts.attachments, isAutomatic(message));
        } catch (MessagingException | IOException | IllegalArgumentException e) {
            throw new MailRefusedException(QuarantineReason.MALFORMED, describe(e));
        }
    }

    private static InternetAddress sender(MimeMessage message) throws MailRefusedException {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
                throw new MailRefusedException(QuarantineReason.NO_SENDER, "From: " + message.getHeader("From", ","));
            }
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new MailRefusedException(QuarantineReason.NO_SENDER, describe(e));
        } catch (MessagingException e) {
            throw new MailRefusedException(QuarantineReason.NO_SENDER, describe(e));
        }
    }

    private void walk(Part part, int depth, Parts parts) throws MessagingException, IOException, MailRefusedException {
        if (++parts.count > settings.maxParts() || depth > MAX_DEPTH) {
            throw new MailRefusedException(QuarantineReason.TOO_MANY_PARTS,
                    "more than " + settings.maxParts() + " parts or " + MAX_DEPTH + " levels");
        }
        ContentType type = new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        if (type.match("multipart/*")) {
            if (!(part.getContent() instanceof Multipart multipart)) {
                throw new MailRefusedException(QuarantineReason.MALFORMED, "multipart without parts");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), depth + 1, parts);
            }
        } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null
                && type.match("text/plain")) {
            parts.plain.append(decode(part, type)).append('\n');
        } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null
                && type.match("text/html")) {
            parts.html.append(decode(part, type)).append('\n');
        } else {
            byte[] content = readAll(part);
            String fileName = fileName(part, parts.attachments.size() + 1);
            parts.attachments.add(new MailAttachment(fileName, types.check(fileName, content), content));
        }
    }

    private static String decode(Part part, ContentType type) throws MessagingException, IOException,
            MailRefusedException {
        String declared = type.getParameter("charset");
        Charset charset;
        try {
            charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(declared));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MailRefusedException(QuarantineReason.CHARSET, "unknown charset " + declared);
        }
        byte[] bytes = readAll(part);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MailRefusedException(QuarantineReason.CHARSET,
                    "text is not valid " + charset.name() + (declared == null ? " (no charset declared)" : ""));
        }
    }

    private static byte[] readAll(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String fileName(Part part, int index) throws MessagingException {
        String name;
        try {
            name = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        } catch (IOException e) {
            name = part.getFileName();
        }
        name = clean(name);
        if (name == null || name.isBlank()) {
            return "lampiran-" + index;
        }
        // A name is only shown and offered for download: drop any path a sender put in it.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static boolean isAutomatic(MimeMessage message) throws MessagingException {
        String auto = message.getHeader("Auto-Submitted", null);
        String precedence = message.getHeader("Precedence", null);
        return (auto != null && !auto.strip().equalsIgnoreCase("no"))
                || (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list"))
                || message.getHeader("List-Id", null) != null;
    }

    /** PostgreSQL text cannot hold NUL, and control characters only hide things from the reader. */
    static String clean(String s) {
        return s == null ? null : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }

    private static String limit(String text) {
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    private static final class Parts {
        int count;
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<MailAttachment> attachments = new ArrayList<>();
    }
}
