package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The SOP page and BPMN download over HTTP: each government sees its own active SOP; both need a login. */
@SurelIntegrationTest
class SopDocumentPageTest {

    @LocalServerPort
    int port;

    @Autowired
    SopCatalog catalog;

    @Test
    void cirebonStaffSeeTheirOwnSopWithEveryStepItsTimeAndOneColumnPerLane() {
        SopDefinition cirebon = catalog.active("kota-cirebon").definition();
        WebSession session = new WebSession(port);
        session.login("tim-pengelola@kota-cirebon", "surel-demo");
        Document page = session.get("/sop");

        assertShowsDefinition(page, cirebon);
        assertThat(page.text()).doesNotContain(catalog.active("kab-morowali").definition().identity().title());
        assertThat(page.selectFirst("#sop-number").text()).isEqualTo("033/SOP-EGOV/2018");
        assertThat(page.selectFirst("#nav-sop").attr("href")).endsWith("/sop");
    }

    @Test
    void eachServicesActiveSopIsOneClickAwayAndNotAPreview() {
        StoredDefinition reset = catalog.active("kota-cirebon", SopService.PASSWORD_RESET).orElseThrow();
        WebSession session = new WebSession(port);
        session.login("tim-pengelola@kota-cirebon", "surel-demo");

        Document page = session.get("/sop");
        assertThat(page.select("#sop-services a").eachAttr("data-service")).containsExactly("new-account",
                "password-reset", "suspend", "close", "quota-change");
        Document resetPage = session.get(page.selectFirst("#sop-services a[data-service=password-reset]").attr("href"));

        assertShowsDefinition(resetPage, reset.definition());
        assertThat(resetPage.selectFirst("#preview")).as("an active lifecycle SOP is no preview").isNull();
        assertThat(resetPage.select("#sop-flow tr[data-step=atur-ulang-sandi]")).hasSize(1);
    }

    @Test
    void morowaliStaffSeeTheirSopWithTheCapacityDecisionDrawnAsADiamond() {
        SopDefinition morowali = catalog.active("kab-morowali").definition();
        WebSession session = new WebSession(port);
        session.login("kepala-dinas@kab-morowali", "surel-demo");
        Document page = session.get("/sop");

        assertShowsDefinition(page, morowali);
        Element decision = page.selectFirst("#sop-flow tr[data-step=pertimbangkan-daya-tampung]");
        assertThat(decision.select("svg polygon.sym-decision")).hasSize(1);
        assertThat(decision.select("svg text.branch-label").eachText()).containsExactlyInAnyOrder("Ya", "Tidak");
        assertThat(page.select("#sop-flow svg polygon.sym-decision")).hasSize(1);
        assertThat(page.select("#sop-flow tr[data-step=selesai] rect.sym-terminator")).hasSize(1);
        // the two Diskominfo actors (Kadis, Kabid) share one column, as in the signed SOP
        assertThat(page.select("#sop-flow th.lane").eachText())
                .containsExactly("Pemohon (OPD/ASN)", "Diskominfo SP Pemda Morowali", "Admin Mail Server");
        // version 2's capacity check branches on its result, and its account creation has an exit if it fails
        Element check = page.selectFirst("#sop-flow tr[data-step=periksa-daya-tampung]");
        assertThat(check.select("svg text.branch-label").eachText()).containsExactlyInAnyOrder("Tersedia", "Penuh");
        Element create = page.selectFirst("#sop-flow tr[data-step=buat-akun]");
        assertThat(String.join(" ", create.select("svg text.failure-label tspan").eachText()))
                .isEqualTo("Jika gagal: Akun tidak dapat dibuat");
        assertThat(create.select("svg line.failure-path[stroke-dasharray]")).isNotEmpty();
        assertThat(page.selectFirst("#sop-legend").text()).contains("Jika gagal");
    }

    @Test
    void aSopWithoutIfFailedHasNoDashedArrowInItsLegend() {
        WebSession session = new WebSession(port);
        session.login("tim-pengelola@kota-cirebon", "surel-demo");
        Document page = session.get("/sop");

        assertThat(page.select("#sop-flow .failure-path")).isEmpty();
        assertThat(page.selectFirst("#sop-legend").text()).doesNotContain("Jika gagal");
    }

    @Test
    void theBpmnDownloadIsANamedAttachmentThatParses() throws IOException {
        Connection.Response response = loggedIn("kepala-dinas@kab-morowali").newRequest(url("/sop/bpmn")).execute();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"kab-morowali-penerbitan-email-v2.bpmn\"");
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(response.bodyAsBytes()));
        assertThat(model.getModelElementsByType(Lane.class)).hasSize(3);
        // the Kabid's decision and, in version 2, the capacity check that branches on its result
        assertThat(model.getModelElementsByType(ExclusiveGateway.class)).hasSize(2);
        // and the exit its account creation takes when the mail server refuses the account
        BoundaryEvent failed = model.getModelElementsByType(BoundaryEvent.class).iterator().next();
        assertThat(failed.getAttachedTo().getId()).isEqualTo("Activity_buat-akun");
        assertThat(failed.getOutgoing()).singleElement()
                .satisfies(f -> assertThat(f.getTarget().getId()).isEqualTo("Activity_sampaikan-hasil"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession anonymous = new WebSession(port);
        anonymous.get("/sop");
        assertThat(anonymous.lastUrl()).endsWith("/login");
        anonymous.get("/sop/bpmn");
        assertThat(anonymous.lastUrl()).endsWith("/login");
    }

    private static void assertShowsDefinition(Document page, SopDefinition definition) {
        assertThat(page.selectFirst("#sop-title").text()).isEqualTo(definition.identity().title());
        List<String> lanes = definition.actors().stream().map(Actor::laneName).distinct().toList();
        assertThat(page.select("#sop-flow th.lane").eachText()).containsExactlyElementsOf(lanes);
        for (Step step : definition.steps()) {
            Element row = page.selectFirst("#sop-flow tr[data-step=" + step.id() + "]");
            assertThat(row).as(step.id()).isNotNull();
            assertThat(row.selectFirst("td.activity").text()).isEqualTo(step.activity());
            assertThat(row.selectFirst("td.time").text()).isEqualTo(step.time() == null ? "" : step.time().text());
            assertThat(row.select("td.lane")).hasSize(lanes.size());
            String lane = step.actor() == null ? null : definition.actor(step.actor()).laneName();
            if (lane != null) {
                assertThat(row.select("td.lane").get(lanes.indexOf(lane)).select(".sym")).as(step.id()).hasSize(1);
            }
            assertThat(row.select(".sym")).as(step.id()).hasSize(1);
        }
        assertThat(page.select("#sop-flow td.lane svg")).isNotEmpty();
        assertThat(page.select("[style]")).as("no inline styles (CSP)").isEmpty();
        assertThat(page.select("style")).isEmpty();
    }

    private Connection loggedIn(String username) throws IOException {
        Connection session = Jsoup.newSession().ignoreHttpErrors(true).ignoreContentType(true);
        Document login = session.newRequest(url("/login")).get();
        Element form = login.selectFirst("form[action$=/login]");
        Connection post = session.newRequest(form.absUrl("action"));
        form.select("input[type=hidden]").forEach(h -> post.data(h.attr("name"), h.val()));
        post.data("username", username).data("password", "surel-demo").post();
        return session;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
