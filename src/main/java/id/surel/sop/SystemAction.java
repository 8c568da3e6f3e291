package id.surel.sop;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed set of things Surel itself can do inside a step; definitions name them, Java implements them. An action
 * with {@code results} (e.g. check-capacity: room or full) lets a system step branch on what it found.
 */
public enum SystemAction {
    CREATE_MAILBOX("create-mailbox"),
    NOTIFY_APPLICANT("notify-applicant"),
    REPORT_ACCOUNT_COUNT("report-account-count"),
    CHECK_CAPACITY("check-capacity", "room", "full"),
    RESET_PASSWORD("reset-password"),
    SUSPEND_MAILBOX("suspend-mailbox"),
    CLOSE_MAILBOX("close-mailbox"),
    CHANGE_QUOTA("change-quota");

    private final String code;
    private final List<String> results;

    SystemAction(String code, String... results) {
        this.code = code;
        this.results = List.of(results);
    }

    public String code() {
        return code;
    }

    /** The results a step may branch on ({@code when}); empty for an action that only succeeds or fails. */
    public List<String> results() {
        return results;
    }

    public static Optional<SystemAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
