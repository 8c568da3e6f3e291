package id.surel.tenant;

import java.time.LocalDate;

/** A staff member ({@code delegateUsername}) acting as an SOP actor from one date to another, inclusive. */
public record Delegation(long id, String actorId, String delegateUsername, String delegateName, LocalDate validFrom,
        LocalDate validTo, String reason, String createdBy) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
