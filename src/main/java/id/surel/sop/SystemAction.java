package id.surel.sop;

import java.util.Arrays;
import java.util.Optional;

/** The closed set of things Surel itself can do inside a step; definitions name them, Java implements them. */
public enum SystemAction {
    CREATE_MAILBOX("create-mailbox"),
    NOTIFY_APPLICANT("notify-applicant"),
    REPORT_ACCOUNT_COUNT("report-account-count");

    private final String code;

    SystemAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SystemAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
