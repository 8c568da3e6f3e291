package id.surel.request.bulk;

import id.surel.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/** One uploaded staff list and the bulk request it became ({@code requestId} null when no row was valid). */
public record Batch(UUID id, TenantId tenantId, UUID requestId, String fileName, String unitCode, String contactEmail,
        int rowCount, int validCount, String uploadedBy, Instant createdAt, Instant resultSentAt) {
}
