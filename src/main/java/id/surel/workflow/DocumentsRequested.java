package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.UUID;

/** Staff sent a request back for documents; {@code trackingLink} is the new private link for the applicant. */
public record DocumentsRequested(TenantId tenantId, UUID requestId, String trackingLink) {
}
