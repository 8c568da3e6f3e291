package id.surel.mailbox;

import org.springframework.stereotype.Service;

/** Whether an address is free: not reserved, not in Surel's register and not on the mail platform itself. */
@Service
public class AddressAvailability {

    private final MailAccounts accounts;
    private final MailDirectories directories;

    public AddressAvailability(MailAccounts accounts, MailDirectories directories) {
        this.accounts = accounts;
        this.directories = directories;
    }

    public boolean isFree(String tenantId, EmailAddress address) {
        return !LocalPartPolicy.isReserved(address.local()) && accounts.byAddress(address.toString()).isEmpty()
                && directories.forTenant(tenantId).find(address).isEmpty();
    }
}
