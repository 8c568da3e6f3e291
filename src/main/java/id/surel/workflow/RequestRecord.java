package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request (permohonan) as stored: who asked, for what, where it is in its SOP, and the current step's clock
 * (deadline, warning, escalation, pauses) on the tenant's working calendar; {@code askedDocuments} are the
 * requirement ids staff asked the applicant to hand in (send back), empty when nothing is asked.
 */
public record RequestRecord(
        UUID id,
        TenantId tenantId,
        String trackingNumber,
        long definitionId,
        String type,
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
        String pausedReason,
        List<String> askedDocuments,
        String askedNote) {

    public RequestRecord {
        askedDocuments = askedDocuments == null ? List.of() : List.copyOf(askedDocuments);
    }

    public boolean paused() {
        return pausedSince != null;
    }

    /** Whether staff sent the request back and wait for the applicant to hand in documents. */
    public boolean waitsForApplicant() {
        return !askedDocuments.isEmpty();
    }
}
