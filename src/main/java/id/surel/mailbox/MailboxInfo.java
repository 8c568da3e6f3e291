package id.surel.mailbox;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a mail directory knows about one existing mailbox; {@code displayName} is null when the platform keeps none,
 * {@code quotaBytes} empty when it sets none, {@code ownerKey} null when the account carries no owner mark (e.g. it
 * was made outside Surel).
 */
public record MailboxInfo(EmailAddress address, String displayName, boolean active, OptionalLong quotaBytes,
        String ownerKey) {

    public MailboxInfo {
        Objects.requireNonNull(address, "address");
        quotaBytes = quotaBytes == null ? OptionalLong.empty() : quotaBytes;
    }

    public MailboxInfo(EmailAddress address, String displayName) {
        this(address, displayName, true, OptionalLong.empty(), null);
    }
}
