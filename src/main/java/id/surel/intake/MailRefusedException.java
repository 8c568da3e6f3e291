package id.surel.intake;

/** A mail that goes to quarantine: the reason, and what exactly was found (for the admin). */
class MailRefusedException extends Exception {

    private final QuarantineReason reason;
    private final String detail;

    MailRefusedException(QuarantineReason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    QuarantineReason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
