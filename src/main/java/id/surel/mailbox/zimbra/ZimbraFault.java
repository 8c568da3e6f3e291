package id.surel.mailbox.zimbra;

/** A SOAP fault from Zimbra, with its error code such as {@code account.NO_SUCH_ACCOUNT}. */
final class ZimbraFault extends RuntimeException {

    private final String code;

    ZimbraFault(String code, String reason) {
        super(code + ": " + reason);
        this.code = code;
    }

    String code() {
        return code;
    }

    boolean authExpired() {
        return "service.AUTH_EXPIRED".equals(code) || "service.AUTH_REQUIRED".equals(code);
    }
}
