package id.surel.intake;

import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import org.springframework.stereotype.Component;

/** Test access to the intake boxes from other packages: a tenant's intake address, and one poll of it. */
@Component
public class IntakeBoxes {

    private final Tenants tenants;
    private final IntakeMailboxes mailboxes;
    private final MailIntakePoller poller;

    IntakeBoxes(Tenants tenants, IntakeMailboxes mailboxes, MailIntakePoller poller) {
        this.tenants = tenants;
        this.mailboxes = mailboxes;
        this.poller = poller;
    }

    public String address(String tenantId) {
        return mailboxes.forTenant(tenants.get(new TenantId(tenantId))).orElseThrow().address();
    }

    /** Polls the box once; returns {taken, quarantined}. */
    public int[] poll(String tenantId) {
        PollResult result = poller.poll(tenants.get(new TenantId(tenantId)));
        return new int[] {result.processed(), result.quarantined()};
    }
}
