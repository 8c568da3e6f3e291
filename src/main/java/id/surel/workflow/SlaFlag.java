package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a running step becomes near due ({@code late} false) or late ({@code late} true): who must act
 * ({@code actorId}) and, for a late step, whom it is escalated to ({@code escalateTo}, may be null).
 */
public record SlaFlag(UUID requestId, TenantId tenantId, String trackingNumber, String stepId, String actorId,
        Instant dueAt, String escalateTo) {
}
