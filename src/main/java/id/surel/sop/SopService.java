package id.surel.sop;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a definition is the procedure for: a new account, or one of the lifecycle requests on an existing account. A
 * tenant has at most one active definition per service; a service without one is not offered. Each lifecycle service
 * names the system action that carries it out, which its definition must contain.
 */
public enum SopService {
    NEW_ACCOUNT("new-account", null, "Akun baru", "New account"),
    PASSWORD_RESET("password-reset", SystemAction.RESET_PASSWORD, "Atur ulang kata sandi", "Password reset"),
    SUSPEND("suspend", SystemAction.SUSPEND_MAILBOX, "Penangguhan akun", "Suspend account"),
    CLOSE("close", SystemAction.CLOSE_MAILBOX, "Penutupan akun", "Close account"),
    QUOTA_CHANGE("quota-change", SystemAction.CHANGE_QUOTA, "Perubahan kuota", "Quota change");

    private final String code;
    private final SystemAction action;
    private final String nameId;
    private final String nameEn;

    SopService(String code, SystemAction action, String nameId, String nameEn) {
        this.code = code;
        this.action = action;
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /** As written in a definition's {@code service:}, in URLs and in the database. */
    public String code() {
        return code;
    }

    /** The system action that carries the service out; null for a new account (its flow is the SOP's own). */
    public SystemAction action() {
        return action;
    }

    public boolean lifecycle() {
        return this != NEW_ACCOUNT;
    }

    /** The name shown to people, "Indonesian / English". */
    public String label() {
        return nameId + " / " + nameEn;
    }

    public static Optional<SopService> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static SopService of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown service " + code));
    }
}
