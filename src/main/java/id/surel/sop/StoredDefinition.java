package id.surel.sop;

/** A definition version as stored for one tenant: its database id and the parsed definition. */
public record StoredDefinition(long id, String tenantId, String sourceName, SopDefinition definition) {
}
