package id.surel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.support.WebSession;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Submission;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit chain verifies, and editing or deleting any row in the database is detected and named. */
@SurelIntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    RequestEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void submissionsAndLoginsAreRecordedAndTheChainVerifies() {
        Submission s = engine.submit(TestRequests.personal("kota-cirebon", "DKIS", "cirebonkota.go.id"));
        new WebSession(port).login("tim-pengelola@kota-cirebon", "surel-demo");
        new WebSession(port).login("tim-pengelola@kota-cirebon", "salah");

        assertThat(audit.search("kota-cirebon", s.trackingNumber(), 10)).extracting(AuditEntry::action)
                .contains("request.submitted");
        assertThat(audit.search("kota-cirebon", "login.succeeded", 10)).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'login.failed' and actor = ?")
                .param("tim-pengelola@kota-cirebon").query(Long.class).single()).isPositive();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEditedRowIsNamed() {
        long position = someRow();
        String original = jdbc.sql("select details from audit_log where position = ?").param(position)
                .query(String.class).optional().orElse(null);
        jdbc.sql("update audit_log set details = 'diubah diam-diam' where position = ?").param(position).update();
        try {
            AuditVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenPosition()).isEqualTo(position);
            assertThat(result.reason()).contains("edited");
        } finally {
            jdbc.sql("update audit_log set details = ? where position = ?").params(original, position).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowIsNamed() {
        long position = someRow();
        var row = jdbc.sql("select * from audit_log where position = ?").param(position).query().singleRow();
        jdbc.sql("delete from audit_log where position = ?").param(position).update();
        try {
            AuditVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenPosition()).isEqualTo(position);
            assertThat(result.reason()).contains("missing");
        } finally {
            jdbc.sql("""
                    insert into audit_log (position, at, tenant_id, actor, action, subject, details, prev_hash, hash)
                    values (:position, :at, :tenant_id, :actor, :action, :subject, :details, :prev_hash, :hash)
                    """).params(row).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theTenantAdminVerifiesOnTheAuditPageAndOtherStaffMayNotSeeIt() {
        engine.submit(TestRequests.personal("kota-cirebon", "DINKES", "cirebonkota.go.id"));
        WebSession admin = new WebSession(port);
        admin.login("admin@kota-cirebon", "surel-demo");
        Document page = admin.get("/audit?verifikasi=1");
        assertThat(page.selectFirst("#verification").text()).startsWith("Rantai audit utuh");
        assertThat(page.select("#audit-rows code").eachText()).contains("request.submitted");
        assertThat(page.text()).doesNotContain("kota-bogor");

        WebSession staff = new WebSession(port);
        staff.login("tim-pengelola@kota-cirebon", "surel-demo");
        staff.get("/audit");
        assertThat(staff.lastStatus()).isEqualTo(403);
    }

    /** A row in the middle of the chain, with rows after it. */
    private long someRow() {
        engine.submit(TestRequests.personal("kota-cirebon", "SETDA", "cirebonkota.go.id"));
        engine.submit(TestRequests.personal("kota-cirebon", "SETDA", "cirebonkota.go.id"));
        long last = jdbc.sql("select max(position) from audit_log").query(Long.class).single();
        return last - 1;
    }
}
