package id.surel.workflow;

import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.tenant.Delegations;
import id.surel.tenant.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The logged-in staff member as an actor of the SOP, read afresh on every request so a delegation starts and ends on
 * its dates (in the tenant's zone) even within one login session.
 */
@Component
public class ActingStaffs {

    private final CurrentStaff currentStaff;
    private final Delegations delegations;
    private final Tenants tenants;
    private final Clock clock;

    ActingStaffs(CurrentStaff currentStaff, Delegations delegations, Tenants tenants, Clock clock) {
        this.currentStaff = currentStaff;
        this.delegations = delegations;
        this.tenants = tenants;
        this.clock = clock;
    }

    public ActingStaff current() {
        return of(currentStaff.get());
    }

    /**
     * Whether the logged-in staff member may act today as any of these actors, by their own role or by a delegation;
     * false when no staff member is logged in.
     */
    public boolean actsAsAnyOf(Collection<String> actorIds) {
        return !actorIds.isEmpty() && currentStaff.find()
                .map(me -> of(me).actorIds().stream().anyMatch(actorIds::contains))
                .orElse(false);
    }

    private ActingStaff of(StaffPrincipal me) {
        LocalDate today = LocalDate.now(clock.withZone(tenants.get(me.tenantId()).zone()));
        Set<String> covering = new HashSet<>(delegations.actorsCoveredBy(me.tenantId(), me.getUsername(), today));
        covering.removeAll(me.actorIds());
        Set<String> all = new HashSet<>(me.actorIds());
        all.addAll(covering);
        return new ActingStaff(me.tenantId(), me.getUsername(), me.fullName(), all, covering);
    }
}
