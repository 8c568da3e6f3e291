package id.surel.mailbox;

/** A mail platform refused or failed an operation; {@link #retryable()} says whether trying later may succeed. */
public class MailDirectoryException extends RuntimeException {

    private final boolean retryable;

    public MailDirectoryException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public MailDirectoryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
