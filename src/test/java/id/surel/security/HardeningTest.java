package id.surel.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Security headers on every page, no stack trace to users, and the public pages throttled per client. */
@SurelIntegrationTest
class HardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    RateLimitSettings limits;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndRefuseFraming() throws Exception {
        HttpResponse<String> home = get("/");
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void anErrorShowsNoStackTrace() throws Exception {
        HttpResponse<String> response = get("/lacak/" + "x".repeat(10));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at id.surel");
    }

    @Test
    void trackingPagesAreThrottledPerClientAndMinute() throws Exception {
        clock.set(Instant.parse("2098-07-01T03:00:00Z"));
        int allowed = limits.trackingViewsPerMinute();
        for (int i = 0; i < allowed; i++) {
            assertThat(get("/lacak/token-tebakan-" + i).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> throttled = get("/lacak/token-tebakan-lagi");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("60");

        clock.set(Instant.parse("2098-07-01T03:01:00Z"));
        assertThat(get("/lacak/token-tebakan-baru").statusCode()).as("a new minute").isEqualTo(404);
    }

    @Test
    void accountServicePostsCountAgainstTheFormLimit() {
        clock.set(Instant.parse("2098-07-01T04:00:00Z"));
        WebSession owner = new WebSession(port);
        Document form = owner.get("/layanan/kota-cirebon/akun");
        for (int i = 1; i <= 2; i++) {
            owner.submit(form, "#lifecycle-form", Map.of("service", "password-reset", "address", "tebak" + i,
                    "nip", "199001012015031001"));
            assertThat(jdbc.sql("select hits from rate_limit where bucket = 'form:127.0.0.1' and window_start = ?")
                    .param(Timestamp.from(Instant.parse("2098-07-01T04:00:00Z")))
                    .query(Integer.class).single()).isEqualTo(i);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
