package id.surel.mailbox;

import org.springframework.stereotype.Service;

/** Whether an address is free: not reserved, not in Surel's register and not on the mail platform itself. */
@Service
public class AddressAvailability {

    private final MailAccounts accounts;
    private final MailDirectory directory;

    public AddressAvailability(MailAccounts accounts, MailDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    public boolean isFree(EmailAddress address) {
        return !LocalPartPolicy.isReserved(address.local()) && accounts.byAddress(address.toString()).isEmpty()
                && directory.find(address).isEmpty();
    }
}
