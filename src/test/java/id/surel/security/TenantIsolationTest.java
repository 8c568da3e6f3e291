package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.SopCatalog;
import id.surel.support.RouteWalker;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every staff route, called by a Cirebon admin with a Bogor request's ids, refuses and shows nothing of Bogor's. */
@SurelIntegrationTest
class TenantIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    SopCatalog catalog;

    @Test
    void noRouteGivesOneGovernmentAnotherGovernmentsData() {
        Submission bogor = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord before = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow();
        WebSession cirebonAdmin = new WebSession(port);
        cirebonAdmin.login("admin@kota-cirebon", "surel-demo");

        var leaks = new RouteWalker(mapping).leaks(cirebonAdmin,
                IsolationIds.of(bogor.requestId(), catalog.active("kota-bogor").id(),
                        requests.documents(new TenantId("kota-bogor"), bogor.requestId()).get(0).id()),
                before.applicantName());

        assertThat(leaks).isEmpty();
        RequestRecord after = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(10);
    }

    /** Values for every path variable the staff routes use. */
    static final class IsolationIds {

        /** @param fileId a file handed in with the other tenant's request */
        static Map<String, String> of(java.util.UUID requestId, long bogorDefinitionId, long fileId) {
            return Map.of("id", requestId.toString(), "versionId", Long.toString(bogorDefinitionId), "documentId",
                    "1", "historyIndex", "1", "fileId", Long.toString(fileId), "username", "admin@kota-bogor",
                    "tenantId", "kota-bogor");
        }
    }
}
