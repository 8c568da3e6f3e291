package id.surel.sop;

import java.util.List;

/**
 * A document the applicant uploads for one request type: which kinds of file are accepted (checked against the
 * file's content, not its name) and how large it may be.
 */
public record RequiredDocument(String id, Label label, boolean required, List<String> contentTypes, long maxBytes) {

    /** Content types Surel can recognise from a file's first bytes; a definition may only name these. */
    public static final List<String> KNOWN_CONTENT_TYPES = List.of("application/pdf", "image/jpeg", "image/png",
            "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final long LIMIT_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * The scan of the signed paper form a desk clerk attaches when entering a walk-in applicant's request: Surel's
     * own document, beside the request type's; its id is reserved, so a definition cannot name a document the same.
     */
    public static final RequiredDocument PAPER_FORM = new RequiredDocument("formulir-loket",
            new Label("Pindaian formulir kertas bertanda tangan", "Scan of the signed paper form"), true,
            List.of("application/pdf", "image/jpeg", "image/png"), 10L * 1024 * 1024);

    public RequiredDocument {
        contentTypes = contentTypes == null ? List.of() : List.copyOf(contentTypes);
    }

    public boolean accepts(String contentType) {
        return contentTypes.contains(contentType);
    }

    /** For the file input's {@code accept} attribute. */
    public String acceptAttribute() {
        return String.join(",", contentTypes);
    }

    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }
}
