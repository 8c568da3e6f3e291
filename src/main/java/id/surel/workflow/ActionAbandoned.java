package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.UUID;

/**
 * Staff gave up on a request's failed system action and took the step's failure exit; published inside that
 * transaction so the action's owner can undo what the failed tries left behind (e.g. an address reservation).
 */
public record ActionAbandoned(TenantId tenantId, UUID requestId, String action) {
}
