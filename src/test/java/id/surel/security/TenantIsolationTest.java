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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    JdbcClient jdbc;

    @Test
    void noRouteGivesOneGovernmentAnotherGovernmentsData() {
        Submission bogor = engine.submit(TestRequests.personal("kota-bogor", "DISDIK", "kotabogor.go.id"));
        RequestRecord before = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow();
        UUID bogorMail = UUID.randomUUID();
        long bogorAttachment = bogorIntakeMail(bogorMail, before.applicantName());
        WebSession cirebonAdmin = new WebSession(port);
        cirebonAdmin.login("admin@kota-cirebon", "surel-demo");

        var leaks = new RouteWalker(mapping).leaks(cirebonAdmin,
                IsolationIds.of(bogor.requestId(), catalog.active("kota-bogor").id(),
                        requests.documents(new TenantId("kota-bogor"), bogor.requestId()).get(0).id(), bogorMail,
                        bogorAttachment),
                before.applicantName());

        assertThat(leaks).isEmpty();
        RequestRecord after = requests.find(new TenantId("kota-bogor"), bogor.requestId()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(10);
    }

    /** A Bogor mail-intake draft with an attachment, and a quarantined Bogor mail, both naming the secret. */
    private long bogorIntakeMail(UUID id, String secret) {
        jdbc.sql("""
                insert into intake_mail (id, tenant_id, message_id, mailbox, received_at, sender, subject, body, status,
                    size_bytes, applicant_name)
                values (?, 'kota-bogor', ?, 'layanan@kotabogor.go.id', now(), 'bogor@contoh.test', ?, ?, 'DRAFT', 1, ?)
                """).params(id, "<" + id + "@uji.test>", secret, secret, secret).update();
        jdbc.sql("""
                insert into intake_mail (id, tenant_id, message_id, mailbox, received_at, sender, subject, status,
                    reason, reason_detail, size_bytes)
                values (?, 'kota-bogor', ?, 'layanan@kotabogor.go.id', now(), 'bogor@contoh.test', ?, 'QUARANTINED',
                    'NO_TEXT', ?, 1)
                """).params(UUID.randomUUID(), "<q-" + id + "@uji.test>", secret, secret).update();
        return jdbc.sql("""
                insert into intake_attachment (tenant_id, mail_id, file_name, content_type, content, sha256)
                values ('kota-bogor', ?, ?, 'application/pdf', ?, 'x') returning id
                """).params(id, secret + ".pdf", secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .query(Long.class).single();
    }

    /**
     * Values for every path variable the staff routes use. A notice code is the same for every tenant (its page shows
     * the caller's own tenant's text, NoticeTemplatesTest proves that), so it gets a code no route accepts.
     */
    static final class IsolationIds {

        /** @param fileId a file handed in with the other tenant's request */
        static Map<String, String> of(UUID requestId, long bogorDefinitionId, long fileId) {
            return of(requestId, bogorDefinitionId, fileId, UUID.randomUUID(), 1);
        }

        /** Also a mail-intake draft of the other tenant and one of its attachments. */
        static Map<String, String> of(UUID requestId, long bogorDefinitionId, long fileId, UUID mailId,
                long attachmentId) {
            return Map.of("id", requestId.toString(), "versionId", Long.toString(bogorDefinitionId), "documentId",
                    "1", "historyIndex", "1", "fileId", Long.toString(fileId), "username", "admin@kota-bogor",
                    "mailId", mailId.toString(), "attachmentId", Long.toString(attachmentId),
                    "tenantId", "kota-bogor", "notice", "bukan-pesan");
        }
    }
}
