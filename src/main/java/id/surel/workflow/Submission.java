package id.surel.workflow;

import java.util.UUID;

/** What the applicant gets back once: the tracking number and the private tracking token (stored only hashed). */
public record Submission(UUID requestId, String trackingNumber, String trackingToken) {
}
