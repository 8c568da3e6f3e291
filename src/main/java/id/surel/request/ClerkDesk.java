package id.surel.request;

import id.surel.security.CurrentStaff;
import id.surel.sop.SopCatalog;
import id.surel.workflow.ActingStaffs;
import org.springframework.stereotype.Component;

/**
 * Who may work the walk-in desk: staff who act today (by their own role or a delegation) as one of the actors the
 * tenant's active SOP names under {@code clerks}. Also asked by the staff navigation ({@code @clerkDesk.open()}).
 */
@Component
public class ClerkDesk {

    private final CurrentStaff currentStaff;
    private final ActingStaffs actingStaffs;
    private final SopCatalog catalog;

    ClerkDesk(CurrentStaff currentStaff, ActingStaffs actingStaffs, SopCatalog catalog) {
        this.currentStaff = currentStaff;
        this.actingStaffs = actingStaffs;
        this.catalog = catalog;
    }

    /** Whether the logged-in person may enter requests at the desk; false for visitors and the operator. */
    public boolean open() {
        return currentStaff.find()
                .map(me -> actingStaffs.actsAsAnyOf(catalog.active(me.tenantId().value()).definition().clerks()))
                .orElse(false);
    }
}
