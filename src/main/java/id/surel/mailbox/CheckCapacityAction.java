package id.surel.mailbox;

import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.ActionResult;
import id.surel.workflow.SystemActionHandler;
import org.springframework.stereotype.Component;

/**
 * {@code check-capacity}: asks the government's mail directory how many mailboxes its domain holds and may hold, and
 * compares one more with the government's threshold ({@link MailPolicy}). Results: {@code room} or {@code full}; the
 * note with the figures goes into the request's history, where the deciding official reads it.
 */
@Component
class CheckCapacityAction implements SystemActionHandler {

    static final String ROOM = "room";
    static final String FULL = "full";

    private final MailDirectories directories;
    private final MailPolicies policies;
    private final Tenants tenants;

    CheckCapacityAction(MailDirectories directories, MailPolicies policies, Tenants tenants) {
        this.directories = directories;
        this.policies = policies;
        this.tenants = tenants;
    }

    @Override
    public SystemAction action() {
        return SystemAction.CHECK_CAPACITY;
    }

    @Override
    public String run(ActionContext context) {
        return perform(context).note();
    }

    @Override
    public ActionResult perform(ActionContext context) {
        Tenant tenant = tenants.get(context.request().tenantId());
        MailPolicy policy = policies.forTenant(tenant.id().value());
        MailCapacity capacity;
        try {
            capacity = directories.forTenant(tenant.id().value()).capacity(tenant.domain());
        } catch (MailDirectoryException e) {
            throw new ActionFailedException("Server mail: " + e.getMessage(), e.retryable(), e);
        }
        Long total = capacity.total().isPresent() ? capacity.total().getAsLong() : null;
        if (policy.mailboxLimit() != null) {
            total = total == null ? policy.mailboxLimit() : Math.min(total, policy.mailboxLimit());
        }
        if (total == null) {
            return new ActionResult("Daya tampung: " + capacity.used() + " kotak surat terpakai, tanpa batas: tersedia"
                    + " / capacity: " + capacity.used() + " mailboxes used, no limit: room", ROOM);
        }
        long allowed = total * policy.capacityThresholdPercent() / 100;
        boolean room = capacity.used() + 1 <= allowed;
        long percent = total == 0 ? 100 : capacity.used() * 100 / total;
        return new ActionResult("Daya tampung: " + capacity.used() + " dari " + total + " kotak surat terpakai ("
                + percent + "%), ambang " + policy.capacityThresholdPercent() + "%: " + (room ? "tersedia" : "penuh")
                + " / capacity: " + capacity.used() + " of " + total + " mailboxes used (" + percent + "%), threshold "
                + policy.capacityThresholdPercent() + "%: " + (room ? "room" : "full"), room ? ROOM : FULL);
    }
}
