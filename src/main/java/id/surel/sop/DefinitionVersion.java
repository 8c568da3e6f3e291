package id.surel.sop;

import java.time.Instant;

/** One stored version of a tenant's SOP, for the versions page; {@code service} is what the SOP is the procedure for. */
public record DefinitionVersion(long id, String key, int version, String sourceName, Instant loadedAt,
        boolean active, SopService service) {
}
