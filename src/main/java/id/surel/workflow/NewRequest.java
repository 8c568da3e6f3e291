package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.List;
import java.util.Map;

/**
 * A validated request ready to start on its tenant's active SOP. {@code type} is the id of one of the definition's
 * request types; {@code ownerKey} names who the account belongs to (a NIP, a unit, an event): one open request and one
 * active account per owner. {@code fields} are the type's own fields by id; {@code enteredBy} is the username of the
 * clerk who typed a walk-in applicant's request, null when the applicant sent it.
 */
public record NewRequest(TenantId tenantId, String type, String applicantName, String applicantNip,
        String unitCode, String accountName, String contactEmail, String proposedAddress, String ownerKey,
        List<RequestFile> documents, Map<String, String> fields, String enteredBy) {

    public NewRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
