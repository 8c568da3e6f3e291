package id.surel.mailbox;

/** The mail platform has no mailbox at this address. */
public final class MailboxNotFoundException extends MailDirectoryException {

    private final EmailAddress address;

    public MailboxNotFoundException(EmailAddress address) {
        super("kotak surat tidak ditemukan / mailbox not found: " + address, false);
        this.address = address;
    }

    public EmailAddress address() {
        return address;
    }
}
