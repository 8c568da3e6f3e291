package id.surel.workflow;

/** A system action failed; a retryable failure is tried again with backoff, a final one waits for an admin. */
public class ActionFailedException extends RuntimeException {

    private final boolean retryable;

    public ActionFailedException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public ActionFailedException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
