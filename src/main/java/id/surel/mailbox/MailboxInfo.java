package id.surel.mailbox;

import java.util.Objects;

/** What a mail directory knows about one existing mailbox; {@code displayName} is null when the platform keeps none. */
public record MailboxInfo(EmailAddress address, String displayName) {

    public MailboxInfo {
        Objects.requireNonNull(address, "address");
    }
}
