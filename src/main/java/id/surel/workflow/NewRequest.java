package id.surel.workflow;

import id.surel.tenant.TenantId;

/**
 * A validated request ready to start on its tenant's active SOP. {@code ownerKey} names who the account belongs to
 * (a NIP, a unit, an event): one open request and one active account per owner.
 */
public record NewRequest(TenantId tenantId, RequestType type, String applicantName, String applicantNip,
        String unitCode, String accountName, String contactEmail, String proposedAddress, String ownerKey,
        Letter letter) {
}
