package id.surel.mailbox;

import java.util.Objects;

/** A mailbox to create, with its initial password; the caller owns the password array and may clear it afterwards. */
public record NewMailbox(EmailAddress address, String displayName, char[] initialPassword) {

    public NewMailbox {
        Objects.requireNonNull(address, "address");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("nama tampilan kosong / empty display name for " + address);
        }
        if (initialPassword == null || initialPassword.length == 0) {
            throw new IllegalArgumentException("kata sandi awal kosong / empty initial password for " + address);
        }
        displayName = displayName.strip();
    }

    // The generated toString would print the array's identity; spell out that the secret is left out.
    @Override
    public String toString() {
        return "NewMailbox[address=" + address + ", displayName=" + displayName + ", initialPassword=(hidden)]";
    }
}
