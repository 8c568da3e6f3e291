package id.surel.request;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.PdfFixtures;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import id.surel.support.WebSession;
import id.surel.workflow.Requests;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public form over HTTP: each bad input gets its own message next to its field, and what was typed stays. */
@SurelIntegrationTest
class RequestFormTest {

    @LocalServerPort
    int port;

    @Autowired
    Requests requests;

    @Test
    void aBadNipIsExplainedNextToTheFieldAndNothingTypedIsLost() {
        Map<String, String> form = validForm();
        form.put("applicantNip", "19851332 201001 1 004");
        Document page = post(form, PdfFixtures.letter());
        assertThat(fieldError(page, "applicantNip")).isEqualTo("Tanggal lahir atau TMT di dalam NIP bukan tanggal yang sah.");
        assertThat(page.selectFirst("#applicantName").val()).isEqualTo(form.get("applicantName"));
        assertThat(page.selectFirst("#contactEmail").val()).isEqualTo(form.get("contactEmail"));
        assertThat(page.selectFirst("#applicantNip").val()).isEqualTo("19851332 201001 1 004");
        assertThat(page.selectFirst("#unitCode option[selected]").val()).isEqualTo("DISDIK");
    }

    @Test
    void aNipOfTheWrongLengthGetsItsOwnMessageInEnglishToo() {
        Map<String, String> form = validForm();
        form.put("applicantNip", "12345");
        WebSession session = new WebSession(port);
        session.get("/?lang=en");
        Document formPage = session.get("/layanan/kota-bogor/permohonan");
        Document page = session.submit(formPage, "form[enctype=multipart/form-data]", form, "documents[surat-permohonan]", PdfFixtures.letter());
        assertThat(fieldError(page, "applicantNip")).isEqualTo("The NIP must be 18 digits.");
    }

    @Test
    void aLetterThatIsNotAPdfIsRefused() {
        Document page = post(validForm(), "just text, not a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(fieldError(page, LETTER)).isEqualTo(
                "Surat permohonan (PDF): berkas ini berjenis text/plain, yang diterima hanya application/pdf.");
    }

    @Test
    void anExecutableRenamedPdfIsRefusedByItsContent() {
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        Document page = post(validForm(), executable);
        assertThat(fieldError(page, LETTER)).startsWith("Surat permohonan (PDF): berkas ini berjenis application/x-")
                .endsWith("yang diterima hanya application/pdf.");
    }

    @Test
    void aMissingLetterIsRefused() {
        Document page = post(validForm(), null);
        assertThat(fieldError(page, LETTER)).isEqualTo("Surat permohonan (PDF) wajib diunggah.");
    }

    @Test
    void anEventWithoutItsNameIsRefusedInTheApplicantsLanguageWithTheLabelFromTheDefinition() {
        Map<String, String> form = validForm();
        form.put("type", "kegiatan");
        WebSession session = new WebSession(port);
        session.get("/?lang=en");
        Document formPage = session.get("/layanan/kota-bogor/permohonan?jenis=kegiatan");
        assertThat(formPage.selectFirst("#section-kegiatan").hasAttr("disabled")).isFalse();
        assertThat(formPage.selectFirst("#section-pribadi").hasAttr("disabled")).isTrue();
        assertThat(formPage.selectFirst("label[for=field-kegiatan-nama-akun]").text()).isEqualTo("Activity name");
        Document page = session.submit(formPage, "form[enctype=multipart/form-data]", form,
                "documents[surat-permohonan]", PdfFixtures.letter());
        assertThat(fieldError(page, "field-kegiatan-nama-akun")).isEqualTo("Activity name is required.");
    }

    @Test
    void anUnknownRequestTypeIsRefused() {
        Map<String, String> form = validForm();
        form.put("type", "tidak-ada");
        Document page = post(form, PdfFixtures.letter());
        assertThat(page.selectFirst("#form-errors")).isNotNull();
        assertThat(page.select(".invalid-feedback.d-block").text()).isEqualTo("Pilih jenis permohonan dari daftar.");
    }

    @Test
    void theFormOffersTheTypesOfTheActiveDefinitionWithTheirDocuments() {
        Document page = new WebSession(port).get("/layanan/kota-bogor/permohonan");
        assertThat(page.select("input.request-type").eachAttr("value")).containsExactly("pribadi", "opd", "kegiatan");
        assertThat(page.selectFirst("#" + LETTER).attr("accept")).isEqualTo("application/pdf");
        assertThat(page.selectFirst("label[for=" + LETTER + "]").text()).isEqualTo("Surat permohonan (PDF)");
    }

    @Test
    void anAgencyNotOfThisGovernmentIsRefused() {
        Map<String, String> form = validForm();
        form.put("unitCode", "DKIS");
        Document page = post(form, PdfFixtures.letter());
        assertThat(fieldError(page, "unitCode")).isEqualTo("Pilih perangkat daerah dari daftar.");
    }

    @Test
    void aReservedAddressIsRefused() {
        Map<String, String> form = validForm();
        form.put("proposedLocalPart", "postmaster");
        Document page = post(form, PdfFixtures.letter());
        assertThat(fieldError(page, "proposedLocalPart")).isEqualTo("Nama alamat ini dicadangkan untuk keperluan sistem.");
    }

    @Test
    void aSecondRequestForAPersonWithAnOpenRequestIsStoppedWithTheReason() {
        Map<String, String> form = validForm();
        Document first = post(form, PdfFixtures.letter());
        assertThat(first.selectFirst("#tracking-number")).isNotNull();
        Document second = post(form, PdfFixtures.letter());
        assertThat(fieldError(second, "applicantNip"))
                .isEqualTo("Sudah ada permohonan yang sedang diproses untuk pemilik atau alamat ini.");
    }

    @Test
    void aValidRequestProposesFirstDotLastAndShowsTheTrackingPage() {
        Map<String, String> form = validForm();
        form.put("applicantName", "Dr. Ayu Kartika " + TestApplicants.contactEmail().substring(8, 14) + ", S.Kom.");
        Document tracking = post(form, PdfFixtures.letter());
        String address = tracking.selectFirst("#proposed-address").text();
        assertThat(address).startsWith("ayu.").endsWith("@kotabogor.go.id");
        assertThat(tracking.selectFirst("#request-status").text()).isEqualTo("Sedang diproses");
        assertThat(tracking.select("#timeline tr[data-state=UPCOMING]")).isNotEmpty();
    }

    private Document post(Map<String, String> form, byte[] letter) {
        WebSession session = new WebSession(port);
        Document formPage = session.get("/layanan/kota-bogor/permohonan");
        return session.submit(formPage, "form[enctype=multipart/form-data]", form, "documents[surat-permohonan]", letter);
    }

    private static final String LETTER = "document-pribadi-surat-permohonan";

    private static String fieldError(Document page, String field) {
        var error = page.selectFirst("#" + field + " ~ .invalid-feedback, #" + field + " + .invalid-feedback");
        if (error == null) {
            error = page.selectFirst("#" + field).parent().parent().selectFirst(".invalid-feedback");
        }
        assertThat(error).as("error next to %s in:\n%s", field, page.text()).isNotNull();
        return error.text();
    }

    private static Map<String, String> validForm() {
        Map<String, String> form = new HashMap<>();
        form.put("type", "pribadi");
        form.put("applicantName", TestApplicants.name());
        form.put("applicantNip", TestApplicants.nip());
        form.put("unitCode", "DISDIK");
        form.put("contactEmail", TestApplicants.contactEmail());
        return form;
    }
}
