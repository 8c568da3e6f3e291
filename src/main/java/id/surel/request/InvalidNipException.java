package id.surel.request;

/** A NIP that is not a real civil-servant number; {@code code} is the message key that says why. */
public class InvalidNipException extends IllegalArgumentException {

    private final String code;

    public InvalidNipException(String code) {
        super("invalid NIP: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
