package id.surel.notify;

/** A notice ready to send: the subject and body in both languages joined. */
public record RenderedNotice(String subject, String body) {
}
