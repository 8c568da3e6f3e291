package id.surel.sop;

/**
 * A field the applicant fills in for one request type, besides the ones every request has (name, NIP, unit, contact
 * e-mail, proposed address). The field {@value #ACCOUNT_NAME} is the name the account is given (an agency's or an
 * event's name); without it the account carries the applicant's name.
 */
public record RequestField(String id, Label label, boolean required, int maxLength) {

    public static final String ACCOUNT_NAME = "nama-akun";
    public static final int DEFAULT_MAX_LENGTH = 200;
}
