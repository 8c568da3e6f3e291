package id.surel.document;

import id.surel.sop.Actor;
import id.surel.sop.SopDefinition;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.TenantId;
import org.springframework.stereotype.Service;

/** Turns the staff member who completed a step into the signature block of a document: name, title and NIP. */
@Service
class Signatories {

    private final StaffDirectory staff;

    Signatories(StaffDirectory staff) {
        this.staff = staff;
    }

    Signatory of(TenantId tenant, SopDefinition definition, String username, String fullName, String actorId) {
        String title = actorId == null ? "" : definition.findActor(actorId).map(Actor::name).orElse(actorId);
        String nip = username == null ? null : staff.nip(tenant, username).map(PrintedNip::of).orElse(null);
        return new Signatory(fullName == null ? title : fullName, title, nip);
    }
}
