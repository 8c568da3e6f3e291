package id.surel.sop;

import java.time.Instant;

/** One stored version of a tenant's SOP, for the versions page. */
public record DefinitionVersion(long id, String key, int version, String sourceName, Instant loadedAt,
        boolean active) {
}
