package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import id.surel.tenant.StaffDirectory;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff see a request's letters and disposition sheets on its page and open them as PDF; other tenants get 404. */
@SurelIntegrationTest
class RequestDocumentPagesTest {

    private static final String PASSWORD = "surel-demo";

    @LocalServerPort
    int port;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    StaffDirectory staff;

    @Test
    void theRequestPageListsTheReplyLetterAndEachDispositionSheetAndEachOpensAsPdf() {
        RequestRecord done = approved(SeedSops.BOGOR);
        WebSession kadis = loggedIn("kepala-diskominfo@kota-bogor");

        Document page = kadis.get("/permohonan/" + done.id());
        List<Element> links = page.select("#documents a.document-link");
        assertThat(links).extracting(Element::text).containsExactly("Surat balasan kepada pemohon",
                "Lembar disposisi: Kepala Diskominfo kepada Kepala Bidang E-Government",
                "Lembar disposisi: Kepala Bidang E-Government kepada Staf/Admin Pengelola");
        assertThat(page.select("#documents .document-number").first().text()).matches("\\d{3,}/SB/DISKOMINFO/.+");
        for (Element link : links) {
            byte[] pdf = kadis.download(link.attr("href"));
            assertThat(kadis.lastStatus()).as(link.attr("href")).isEqualTo(200);
            assertThat(kadis.lastHeader("Content-Type")).isEqualTo("application/pdf");
            assertThat(PdfPages.text(pdf)).containsIgnoringCase("Pemerintah Kota Bogor").contains(done.trackingNumber());
        }
    }

    @Test
    void anotherGovernmentsStaffGetNotFoundForEveryDocumentOfTheRequest() {
        RequestRecord done = approved(SeedSops.BOGOR);
        WebSession bogor = loggedIn("kepala-diskominfo@kota-bogor");
        List<String> hrefs = bogor.get("/permohonan/" + done.id()).select("#documents a.document-link").eachAttr("href");
        assertThat(hrefs).hasSize(3);

        WebSession batam = loggedIn("kepala-bidang-egov@kota-batam");
        for (String href : hrefs) {
            batam.download(href);
            assertThat(batam.lastStatus()).as(href).isEqualTo(404);
        }
        bogor.download("/permohonan/" + done.id() + "/disposisi/0.pdf");
        assertThat(bogor.lastStatus()).as("the submission is no disposition").isEqualTo(404);
        bogor.download("/permohonan/" + done.id() + "/dokumen/999999999");
        assertThat(bogor.lastStatus()).isEqualTo(404);
    }

    @Test
    void theSopPageOffersItsPdfAndThePdfIsTheLoggedInGovernmentsSop() {
        WebSession cirebon = loggedIn("tim-pengelola@kota-cirebon");
        Document page = cirebon.get("/sop");
        Element download = page.selectFirst("#download-pdf");
        assertThat(download).isNotNull();

        byte[] pdf = cirebon.download(download.attr("href"));
        assertThat(cirebon.lastHeader("Content-Type")).isEqualTo("application/pdf");
        String text = PdfPages.text(pdf);
        assertThat(text).contains("Pemerintah Kota Cirebon", "033/SOP-EGOV/2018", "Prosedur");
    }

    private RequestRecord approved(SeedSops seed) {
        EngineWalk walk = new EngineWalk(engine, requests, staff);
        return walk.walk(walk.newRequest(seed), true);
    }

    private WebSession loggedIn(String username) {
        WebSession session = new WebSession(port);
        Document inbox = session.login(username, PASSWORD);
        assertThat(inbox.selectFirst("#inbox")).as("logged in as %s", username).isNotNull();
        return session;
    }
}
