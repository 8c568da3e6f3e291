package id.surel.document;

import java.util.UUID;

/** A rendered document to archive with its request. */
record NewDocument(UUID requestId, DocumentKind kind, String number, String title, byte[] pdf, String createdBy) {
}
