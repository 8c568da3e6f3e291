package id.surel.workflow;

import id.surel.sop.RequiredDocument;
import id.surel.sop.RequestType;
import java.util.List;

/** One line of the verification checklist staff see: a document the request type requires and what was handed in. */
public record ChecklistItem(RequiredDocument requirement, List<HandedInDocument> files) {

    public boolean missing() {
        return files.isEmpty();
    }

    /** The request type's documents in its order, each with the files handed in for it (also those sent later). */
    public static List<ChecklistItem> of(RequestType type, List<HandedInDocument> handedIn) {
        return type.documents().stream()
                .map(d -> new ChecklistItem(d, handedIn.stream()
                        .filter(h -> h.requirementId().equals(d.id()))
                        .toList()))
                .toList();
    }
}
