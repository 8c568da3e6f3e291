package id.surel.support;

import id.surel.tenant.TenantId;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestFile;
import java.util.List;
import java.util.Map;

/** Valid personal requests straight for the engine, each for a new person and address. */
public final class TestRequests {

    private TestRequests() {
    }

    public static NewRequest personal(String tenant, String unit, String domain) {
        String nip = TestApplicants.nip();
        String name = TestApplicants.name();
        String local = "uji." + Long.toString(System.nanoTime(), 36);
        return new NewRequest(new TenantId(tenant), "pribadi", name, nip, unit, name,
                TestApplicants.contactEmail(), local + "@" + domain, "nip:" + nip, letter(), Map.of(), null);
    }

    /** The request letter of the shipped default request types, as a list of handed-in files. */
    public static List<RequestFile> letter() {
        return List.of(new RequestFile("surat-permohonan", "surat.pdf", "application/pdf", PdfFixtures.letter()));
    }
}
