package id.surel.workflow;

import id.surel.tenant.TenantId;
import java.util.Set;

/**
 * The staff member performing a transition, with the SOP actors they may act as today: their own roles plus those
 * they cover for by delegation ({@code coveringFor}, an acting official, Plt.).
 */
public record ActingStaff(TenantId tenantId, String username, String fullName, Set<String> actorIds,
        Set<String> coveringFor) {

    public ActingStaff {
        actorIds = Set.copyOf(actorIds);
        coveringFor = Set.copyOf(coveringFor);
    }

    public ActingStaff(TenantId tenantId, String username, String fullName, Set<String> actorIds) {
        this(tenantId, username, fullName, actorIds, Set.of());
    }

    /** The name the history shows: an acting official is named with the role they stood in for. */
    String nameActingAs(String actorId, String actorName) {
        return coveringFor.contains(actorId) ? fullName + " (Plt. " + actorName + ")" : fullName;
    }
}
