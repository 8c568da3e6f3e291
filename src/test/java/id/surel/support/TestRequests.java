package id.surel.support;

import id.surel.tenant.TenantId;
import id.surel.workflow.Letter;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestType;

/** Valid personal requests straight for the engine, each for a new person and address. */
public final class TestRequests {

    private TestRequests() {
    }

    public static NewRequest personal(String tenant, String unit, String domain) {
        String nip = TestApplicants.nip();
        String name = TestApplicants.name();
        String local = "uji." + Long.toString(System.nanoTime(), 36);
        return new NewRequest(new TenantId(tenant), RequestType.PERSONAL, name, nip, unit, name,
                TestApplicants.contactEmail(), local + "@" + domain, "nip:" + nip,
                new Letter("surat.pdf", "application/pdf", PdfFixtures.letter()));
    }
}
