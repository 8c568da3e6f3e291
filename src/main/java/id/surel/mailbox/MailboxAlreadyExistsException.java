package id.surel.mailbox;

/** The address is already taken on the mail platform (akun ganda); reconcile rather than retry. */
public final class MailboxAlreadyExistsException extends MailDirectoryException {

    private final EmailAddress address;

    public MailboxAlreadyExistsException(EmailAddress address) {
        super("kotak surat sudah ada / mailbox already exists: " + address, false);
        this.address = address;
    }

    public EmailAddress address() {
        return address;
    }
}
