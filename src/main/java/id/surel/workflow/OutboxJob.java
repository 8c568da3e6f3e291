package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.UUID;

/** A system action to perform for a request's step, written in the same transaction as the transition. */
public record OutboxJob(long id, TenantId tenantId, UUID requestId, String stepId, String action, String requestedBy,
        String requestedByName, String note, int attempts) {
}
