package id.surel.tenant;

/** A tenant id that no government has. */
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String id) {
        super("Pemda tidak dikenal / unknown government: " + id);
    }
}
