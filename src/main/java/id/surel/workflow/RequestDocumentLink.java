package id.surel.workflow;

/**
 * One document on the staff request page: a message key for its label (with up to two arguments, e.g. from and to
 * of a disposition), its number or reference, its date as shown in the tenant's zone, and where to open it.
 */
public record RequestDocumentLink(String labelCode, String labelArg0, String labelArg1, String number, String date,
        String href) {
}
