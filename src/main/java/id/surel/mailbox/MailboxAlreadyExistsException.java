package id.surel.mailbox;

/**
 * The address is already taken on the mail platform by another owner, or by an account without an owner mark (akun
 * ganda); reconcile rather than retry.
 */
public final class MailboxAlreadyExistsException extends MailDirectoryException {

    private final EmailAddress address;

    public MailboxAlreadyExistsException(EmailAddress address) {
        super("alamat " + address + " sudah dipakai pemilik lain di server mail"
                + " / address " + address + " is already taken by another owner on the mail server", false);
        this.address = address;
    }

    public EmailAddress address() {
        return address;
    }
}
