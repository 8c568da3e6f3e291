package id.surel.document;

import java.time.Instant;
import java.util.UUID;

/** A document kept with a request (without its bytes): what it is, its number, and who issued it when. */
public record StoredDocument(long id, UUID requestId, DocumentKind kind, String number, String title, String sha256,
        Instant createdAt, String createdBy) {
}
