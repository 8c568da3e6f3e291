package id.surel.intake;

import java.time.Instant;

/** What the IMAP server tells about a mail before it is downloaded: enough to quarantine it without reading it. */
record Envelope(String messageId, long sizeBytes, String sender, String subject, Instant receivedAt) {
}
