package id.surel.workflow;

/** Someone else moved the request first (two clicks, one transition). */
public class ConcurrentTransitionException extends RuntimeException {

    public ConcurrentTransitionException(String trackingNumber) {
        super("Permohonan " + trackingNumber + " sudah diproses oleh orang lain; muat ulang halaman. / Request "
                + trackingNumber + " was already handled by someone else; reload the page.");
    }
}
