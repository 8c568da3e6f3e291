package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.List;
import java.util.Map;

/**
 * A validated request ready to start on its tenant's active SOP. {@code type} is the id of one of the definition's
 * request types; {@code ownerKey} names who the account belongs to (a NIP, a unit, an event): one open request and one
 * active account per owner. {@code fields} are the type's own fields by id; {@code enteredBy} is the username of the
 * staff member who typed it (a desk clerk for a walk-in applicant), null when the applicant sent it or it came
 * in by mail; {@code paperForm} is the scan of the signed paper form a desk clerk attaches, else null.
 */
public record NewRequest(TenantId tenantId, String type, String applicantName, String applicantNip,
        String unitCode, String accountName, String contactEmail, String proposedAddress, String ownerKey,
        List<RequestFile> documents, Map<String, String> fields, String enteredBy, RequestFile paperForm) {

    public NewRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A request without a paper form (sent by the applicant, by mail, or in a list). */
    public NewRequest(TenantId tenantId, String type, String applicantName, String applicantNip, String unitCode,
            String accountName, String contactEmail, String proposedAddress, String ownerKey,
            List<RequestFile> documents, Map<String, String> fields, String enteredBy) {
        this(tenantId, type, applicantName, applicantNip, unitCode, accountName, contactEmail, proposedAddress,
                ownerKey, documents, fields, enteredBy, null);
    }

    /** The same request with the scan of the paper form a desk clerk attached. */
    public NewRequest withPaperForm(RequestFile scan) {
        return new NewRequest(tenantId, type, applicantName, applicantNip, unitCode, accountName, contactEmail,
                proposedAddress, ownerKey, documents, fields, enteredBy, scan);
    }
}
