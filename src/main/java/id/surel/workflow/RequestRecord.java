package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/** A request (permohonan) as stored: who asked, for what, and where it is in its SOP. */
public record RequestRecord(
        UUID id,
        TenantId tenantId,
        String trackingNumber,
        long definitionId,
        RequestType type,
        String applicantName,
        String applicantNip,
        String unitCode,
        String accountName,
        String contactEmail,
        String proposedAddress,
        String ownerKey,
        RequestStatus status,
        String outcome,
        String currentStep,
        String currentActor,
        Instant stepStartedAt,
        boolean awaitingAction,
        String actionError,
        int version,
        Instant submittedAt,
        Instant closedAt) {
}
