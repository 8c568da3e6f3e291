package id.surel.mailbox;

import java.util.Objects;

/**
 * A mailbox to create, with its initial password and its owner's key (NIP, or a unit's key) that the platform keeps
 * on the account, so that a repeated create for the same owner is recognised; the caller owns the password array and
 * may clear it afterwards.
 */
public record NewMailbox(EmailAddress address, String displayName, String ownerKey, char[] initialPassword) {

    public NewMailbox {
        Objects.requireNonNull(address, "address");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("nama tampilan kosong / empty display name for " + address);
        }
        if (ownerKey == null || ownerKey.isBlank()) {
            throw new IllegalArgumentException("kunci pemilik kosong / empty owner key for " + address);
        }
        if (initialPassword == null || initialPassword.length == 0) {
            throw new IllegalArgumentException("kata sandi awal kosong / empty initial password for " + address);
        }
        displayName = displayName.strip();
        ownerKey = ownerKey.strip();
    }

    /** Whether an account found on the platform belongs to this mailbox's owner. */
    public boolean ownedBy(MailboxInfo existing) {
        return ownerKey.equals(existing.ownerKey());
    }

    // The generated toString would print the array's identity; spell out that the secret is left out.
    @Override
    public String toString() {
        return "NewMailbox[address=" + address + ", displayName=" + displayName + ", ownerKey=" + ownerKey
                + ", initialPassword=(hidden)]";
    }
}
