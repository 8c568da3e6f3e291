package id.surel.mailbox;

import java.time.Instant;
import java.util.UUID;

/** An account Surel created (or is creating) on the tenant's mail platform, and for whom. */
public record MailAccount(long id, String tenantId, String address, String ownerKey, String displayName,
        UUID requestId, String platform, String status, Instant mailboxCreatedAt, Instant credentialDeliveredAt) {
}
