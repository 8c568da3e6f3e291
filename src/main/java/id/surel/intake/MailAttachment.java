package id.surel.intake;

/** A file that came with a mail; {@code contentType} is what its bytes are, as detected. */
record MailAttachment(String fileName, String contentType, byte[] content) {
}
