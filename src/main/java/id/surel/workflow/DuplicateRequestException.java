package id.surel.workflow;

/** A second open request for the same person, unit, event or address: refused, never a second mailbox. */
public class DuplicateRequestException extends RuntimeException {

    private final String field;

    public DuplicateRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to. */
    public String field() {
        return field;
    }
}
