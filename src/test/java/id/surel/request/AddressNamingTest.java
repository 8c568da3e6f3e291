package id.surel.request;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.audit.AuditLog;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.NewMailbox;
import id.surel.support.PdfFixtures;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses follow the government's naming rules and are unique across the mail server itself, not only Surel's own
 * register; the official may change a proposal before the mailbox is created, within the same rules.
 */
@SurelIntegrationTest
class AddressNamingTest {

    private static final TenantId CIREBON = new TenantId("kota-cirebon");

    @LocalServerPort
    int port;

    @Autowired
    MailDirectory directory;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    AuditLog audit;

    @Test
    void theProposalSkipsAnAddressCreatedOnTheServerOutsideSurel() {
        String middle = letters();
        String last = letters();
        takeOnServer("rudi." + last + "@cirebonkota.go.id");

        Document tracking = submit("kota-cirebon", "Rudi " + middle + " " + last, null);

        assertThat(tracking.selectFirst("#proposed-address").text())
                .isEqualTo("rudi." + middle + "." + last + "@cirebonkota.go.id");
    }

    @Test
    void aOneWordNameIsProposedAsItIsAndWithItsUnitWhenTaken() {
        String name = letters();
        assertThat(submit("kota-cirebon", name, null).selectFirst("#proposed-address").text())
                .isEqualTo(name + "@cirebonkota.go.id");
        assertThat(submit("kota-cirebon", name, null).selectFirst("#proposed-address").text())
                .as("the first is asked for by an open request").isEqualTo(name + ".dkis@cirebonkota.go.id");
    }

    @Test
    void aTypedAddressTakenOnTheServerOrReservedByTheGovernmentIsRefused() {
        String taken = "siti." + letters();
        takeOnServer(taken + "@cirebonkota.go.id");

        Document refused = submit("kota-cirebon", "Siti " + letters(), taken);
        assertThat(refused.selectFirst("#tracking-number")).isNull();
        assertThat(refused.select(".invalid-feedback").text()).contains(taken + "@cirebonkota.go.id sudah dipakai");

        Document reserved = submit("kab-morowali", "Siti " + letters(), "bupati");
        assertThat(reserved.selectFirst("#tracking-number")).isNull();
        assertThat(reserved.select(".invalid-feedback").text()).contains("dicadangkan");
    }

    @Test
    void theOfficialChangesTheProposalWithinTheRulesAndTheChangeIsAudited() {
        UUID id = engine.submit(TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id")).requestId();
        String before = requests.find(CIREBON, id).orElseThrow().proposedAddress();
        String onServer = "andi." + letters();
        takeOnServer(onServer + "@cirebonkota.go.id");
        WebSession official = new WebSession(port);
        official.login("tim-pengelola@kota-cirebon", "surel-demo");

        assertThat(change(official, id, "Postmaster")).contains("dicadangkan");
        assertThat(change(official, id, "andi..x")).contains("Nama alamat tidak sah");
        assertThat(change(official, id, onServer)).contains("sudah ada di server mail");
        assertThat(requests.find(CIREBON, id).orElseThrow().proposedAddress()).isEqualTo(before);

        String wanted = "andi." + letters();
        assertThat(change(official, id, wanted)).contains("telah diubah");

        RequestRecord after = requests.find(CIREBON, id).orElseThrow();
        assertThat(after.proposedAddress()).isEqualTo(wanted + "@cirebonkota.go.id");
        assertThat(audit.search("kota-cirebon", after.trackingNumber(), 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("address.changed");
                    assertThat(e.details()).isEqualTo(before + " -> " + after.proposedAddress());
                    assertThat(e.actor()).isEqualTo("tim-pengelola@kota-cirebon");
                });
    }

    @Test
    void onlyTheHolderOfTheCurrentStepMayChangeTheAddress() {
        UUID id = engine.submit(TestRequests.personal("kab-morowali", "DINKES", "morowalikab.go.id")).requestId();
        String before = requests.find(new TenantId("kab-morowali"), id).orElseThrow().proposedAddress();
        WebSession other = new WebSession(port);
        other.login("staf-teknis@kab-morowali", "surel-demo");
        assertThat(other.get("/permohonan/" + id).selectFirst("#address-form")).isNull();

        other.post("/permohonan/" + id + "/alamat", Map.of("version", "1", "localPart", "orang." + letters()));

        assertThat(requests.find(new TenantId("kab-morowali"), id).orElseThrow().proposedAddress()).isEqualTo(before);
    }

    private String change(WebSession official, UUID id, String localPart) {
        Document page = official.get("/permohonan/" + id);
        Document after = official.submit(page, "#address-form", Map.of("localPart", localPart));
        return after.select("#flash-success, #flash-problem").text();
    }

    private Document submit(String tenant, String name, String localPart) {
        Map<String, String> form = new HashMap<>();
        form.put("type", "PERSONAL");
        form.put("applicantName", name);
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", tenant.equals("kab-morowali") ? "DINKES" : "DKIS");
        form.put("contactEmail", TestApplicants.contactEmail());
        if (localPart != null) {
            form.put("proposedLocalPart", localPart);
        }
        WebSession applicant = new WebSession(port);
        return applicant.submit(applicant.get("/layanan/" + tenant + "/permohonan"),
                "form[enctype=multipart/form-data]", form, "letter", PdfFixtures.letter());
    }

    private void takeOnServer(String address) {
        directory.create(new NewMailbox(EmailAddress.of(address), "Dibuat di luar Surel", "luar-surel",
                "Luar#Surel2026".toCharArray()));
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
