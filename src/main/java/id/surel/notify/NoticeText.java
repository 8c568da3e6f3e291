package id.surel.notify;

/** The subject and body of a notice in one language, as a template with {@code {{placeholders}}}. */
public record NoticeText(String subject, String body) {

    public NoticeText {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body.replace("\r\n", "\n");
    }
}
