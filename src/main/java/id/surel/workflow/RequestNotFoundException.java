package id.surel.workflow;

/** No request with that id in the caller's tenant (the same answer whether it exists elsewhere or not). */
public class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException() {
        super("Permohonan tidak ditemukan. / Request not found.");
    }
}
