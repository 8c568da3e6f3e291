package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A request (permohonan) as stored: who asked, for what, where it is in its SOP, and the current step's clock
 * (deadline, warning, escalation, pauses) on the tenant's working calendar.
 */
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
        Instant closedAt,
        StepTimes stepTimes,
        Instant stepWarnedAt,
        Instant stepLateAt,
        long stepPausedWorkingSeconds,
        Instant dueAt,
        Instant pausedSince,
        String pausedReason) {

    public boolean paused() {
        return pausedSince != null;
    }
}
