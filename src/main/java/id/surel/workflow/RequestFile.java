package id.surel.workflow;

/**
 * A file the applicant (or a clerk for them) handed in for one of the request type's required documents
 * ({@code requirementId}), with its content type as recognised from its content.
 */
public record RequestFile(String requirementId, String fileName, String contentType, byte[] content) {
}
