package id.surel.intake;

/** An attachment kept with a draft, without its bytes. */
record StoredAttachment(long id, String fileName, String contentType, long sizeBytes) {
}
