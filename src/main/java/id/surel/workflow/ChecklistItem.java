package id.surel.workflow;

import id.surel.sop.RequiredDocument;
import id.surel.sop.RequestType;
import java.util.List;
import java.util.stream.Stream;

/** One line of the verification checklist staff see: a document the request type requires and what was handed in. */
public record ChecklistItem(RequiredDocument requirement, List<HandedInDocument> files) {

    public boolean missing() {
        return files.isEmpty();
    }

    /**
     * The request type's documents in its order, each with the files handed in for it (also those sent later); first
     * the scan of the paper form, when a desk clerk entered the request.
     */
    public static List<ChecklistItem> of(RequestType type, List<HandedInDocument> handedIn) {
        Stream<RequiredDocument> paperForm = handedIn.stream()
                .anyMatch(h -> h.requirementId().equals(RequiredDocument.PAPER_FORM.id()))
                        ? Stream.of(RequiredDocument.PAPER_FORM) : Stream.empty();
        return Stream.concat(paperForm, type.documents().stream())
                .map(d -> new ChecklistItem(d, handedIn.stream()
                        .filter(h -> h.requirementId().equals(d.id()))
                        .toList()))
                .toList();
    }
}
