package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.UUID;

/**
 * Work written in the same transaction as the transition that calls for it: a system action to perform for a
 * request's step, or (when {@code notice} is set) an e-mail to send, to the staff member {@code recipientStaffId} or,
 * when that is null, to the applicant. A digest has no request ({@code requestId} and {@code stepId} null).
 */
public record OutboxJob(long id, TenantId tenantId, UUID requestId, String stepId, String action, String requestedBy,
        String requestedByName, String note, int attempts, String notice, Long recipientStaffId) {

    public boolean isNotice() {
        return notice != null;
    }
}
