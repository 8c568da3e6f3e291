package id.surel.lifecycle;

import id.surel.sop.SopService;
import java.time.Instant;
import java.util.UUID;

/**
 * What one lifecycle request changes: the account it targets and the service's own data (the quota asked for; how a
 * closed mailbox is kept or who it is handed over to). {@code appliedAt} is set once the system action made the change.
 */
record AccountChange(UUID requestId, String tenantId, long mailAccountId, SopService service, Integer quotaMb,
        CloseMode closeMode, Successor successor, Instant appliedAt) {

    /** Who takes over a handed-over mailbox, and where the new password goes. */
    record Successor(String name, String nip, String contact) {
    }
}
