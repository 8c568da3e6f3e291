package id.surel.intake;

import id.surel.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One mail taken from a tenant's intake box, as stored: a draft request (with its request type and that type's own
 * fields), its fate, or a quarantine entry.
 */
record IntakeMail(UUID id, TenantId tenantId, String messageId, String mailbox, Instant receivedAt, String sender,
        String senderName, String subject, String body, IntakeStatus status, String reason, String reasonDetail,
        long sizeBytes, String applicantName, String applicantNip, String unitCode, String localPart, UUID requestId,
        Instant repliedAt, String decidedBy, Instant decidedAt, int version, String requestType,
        Map<String, String> typeFields) {

    IntakeMail {
        typeFields = typeFields == null ? Map.of() : Map.copyOf(typeFields);
    }

    public boolean isDraft() {
        return status == IntakeStatus.DRAFT;
    }
}
