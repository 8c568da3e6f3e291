package id.surel.audit;

import java.time.Instant;

/** One audit row: who did what to which subject, when, in which tenant (null for system-wide events). */
public record AuditEntry(long position, Instant at, String tenantId, String actor, String action, String subject,
        String details, String prevHash, String hash) {
}
