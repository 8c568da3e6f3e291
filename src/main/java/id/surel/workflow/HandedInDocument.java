package id.surel.workflow;

import java.time.Instant;

/** A document handed in for a request, as listed (its content is fetched on its own). */
public record HandedInDocument(long id, String requirementId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
