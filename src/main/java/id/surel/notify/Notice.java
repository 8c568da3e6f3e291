package id.surel.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The e-mails a tenant may word for itself, each with the placeholders its text may use. {@code required} must appear
 * in the body; {@code secret} ones (a password, a private link) may appear only in the body, never in the subject that
 * mail lists and logs show. {@code items} are the fields of each entry of a list placeholder ({@code requests}), used
 * inside its section.
 */
public enum Notice {

    RECEIPT("receipt", "notice.receipt",
            List.of("trackingNumber", "applicantName", "tenantName", "address", "trackingLink"),
            Set.of("trackingNumber", "trackingLink"), Set.of("trackingLink"), List.of()),
    DOCUMENTS_REQUESTED("documents-requested", "notice.documentsRequested",
            List.of("applicantName", "trackingNumber", "tenantName", "documents", "note", "uploadLink"),
            Set.of("documents", "uploadLink"), Set.of("uploadLink"), List.of()),
    APPROVED("approved", "notice.approved",
            List.of("applicantName", "trackingNumber", "tenantName", "address", "letterNumber"),
            Set.of("trackingNumber"), Set.of(), List.of()),
    REJECTED("rejected", "notice.rejected",
            List.of("applicantName", "trackingNumber", "tenantName", "reason", "letterNumber"),
            Set.of("trackingNumber", "reason"), Set.of(), List.of()),
    CREDENTIAL("credential", "notice.credential",
            List.of("applicantName", "address", "password", "trackingNumber", "tenantName"),
            Set.of("address", "password"), Set.of("password"), List.of()),
    YOUR_TURN("your-turn", "notice.yourTurn",
            List.of("staffName", "trackingNumber", "applicantName", "unit", "step", "timeStandard", "dueAt",
                    "requestLink", "tenantName"),
            Set.of("trackingNumber", "requestLink"), Set.of(), List.of()),
    DIGEST("digest", "notice.digest",
            List.of("staffName", "tenantName", "date", "count", "inboxLink", "requests"),
            Set.of("requests"), Set.of(),
            List.of("trackingNumber", "applicantName", "unit", "step", "timeLeft", "dueAt", "requestLink"));

    private final String code;
    private final String messageKey;
    private final List<String> placeholders;
    private final Set<String> required;
    private final Set<String> secret;
    private final List<String> items;

    Notice(String code, String messageKey, List<String> placeholders, Set<String> required, Set<String> secret,
            List<String> items) {
        this.code = code;
        this.messageKey = messageKey;
        this.placeholders = placeholders;
        this.required = required;
        this.secret = secret;
        this.items = items;
    }

    public String code() {
        return code;
    }

    /** The message-bundle key prefix of the default texts ({@code .subject}, {@code .body}). */
    String messageKey() {
        return messageKey;
    }

    public List<String> placeholders() {
        return placeholders;
    }

    public List<String> items() {
        return items;
    }

    public Set<String> required() {
        return required;
    }

    public Set<String> secret() {
        return secret;
    }

    /** Whether a template may name this placeholder (an item field only inside its list's section). */
    boolean allows(String name) {
        return placeholders.contains(name) || items.contains(name);
    }

    public static Optional<Notice> byCode(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
