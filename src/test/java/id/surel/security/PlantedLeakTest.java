package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.SopCatalog;
import id.surel.support.RouteWalker;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Proof that the isolation walk catches a route that forgets the tenant: one is planted here and must be reported. */
@SurelIntegrationTest
@Import(PlantedLeakTest.LeakyRoute.class)
class PlantedLeakTest {

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
    void theWalkReportsARouteThatReadsWithoutTheTenant() {
        Submission bogor = engine.submit(TestRequests.personal("kota-bogor", "DINKES", "kotabogor.go.id"));
        String secret = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow().applicantName();
        WebSession cirebonAdmin = new WebSession(port);
        cirebonAdmin.login("admin@kota-cirebon", "surel-demo");

        var leaks = new RouteWalker(mapping).leaks(cirebonAdmin, TenantIsolationTest.IsolationIds.of(bogor.requestId(),
                catalog.active("kota-bogor").id(),
                requests.documents(new TenantId("kota-bogor"), bogor.requestId()).get(0).id()), secret);

        assertThat(leaks).singleElement().asString()
                .isEqualTo("GET /uji/bocor/" + bogor.requestId() + " showed the other tenant's data");
    }

    /** A deliberately unscoped route, the mistake the walk exists to catch. */
    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class LeakyRoute {

        private final JdbcClient jdbc;

        LeakyRoute(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/uji/bocor/{id}")
        String leak(@PathVariable UUID id) {
            return jdbc.sql("select applicant_name from request where id = ?").param(id).query(String.class).single();
        }
    }
}
