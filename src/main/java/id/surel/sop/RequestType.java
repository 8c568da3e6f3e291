package id.surel.sop;

import java.util.List;
import java.util.Optional;

/**
 * A kind of request the SOP accepts (an ASN's own account, an agency's, an event's ...) and what the applicant must
 * give for it: the fields to fill in and the documents to upload. The public form, its validation and the checklist
 * staff verify all come from this list.
 */
public record RequestType(String id, Label label, OwnerKind owner, List<RequestField> fields,
        List<RequiredDocument> documents) {

    public RequestType {
        fields = fields == null ? List.of() : List.copyOf(fields);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public Optional<RequestField> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public Optional<RequiredDocument> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    /** Whether the account gets a name of its own (an agency, an event) rather than the applicant's. */
    public boolean namesAccount() {
        return field(RequestField.ACCOUNT_NAME).isPresent();
    }
}
