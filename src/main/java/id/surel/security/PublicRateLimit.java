package id.surel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits the public pages per client address and minute: request-form posts (spam, enumeration of addresses) and
 * tracking-page views (guessing tokens). One upsert per request; counters live in the database so every node shares
 * them, and old windows are swept now and then.
 */
@Component
class PublicRateLimit implements HandlerInterceptor {

    private final JdbcClient jdbc;
    private final RateLimitSettings settings;
    private final Clock clock;

    PublicRateLimit(JdbcClient jdbc, RateLimitSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI();
        int limit;
        String kind;
        if ("POST".equals(request.getMethod()) && path.startsWith("/layanan/")) {
            limit = settings.formPostsPerMinute();
            kind = "form";
        } else if (path.startsWith("/lacak/")) {
            limit = settings.trackingViewsPerMinute();
            kind = "tracking";
        } else {
            return true;
        }
        if (count(kind + ":" + request.getRemoteAddr()) <= limit) {
            return true;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "60");
        return false;
    }

    private int count(String bucket) {
        Instant window = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (window.getEpochSecond() % 600 == 0) {
            jdbc.sql("delete from rate_limit where window_start < ?")
                    .param(Timestamp.from(window.minus(10, ChronoUnit.MINUTES)))
                    .update();
        }
        return jdbc.sql("""
                insert into rate_limit (bucket, window_start, hits) values (?, ?, 1)
                on conflict (bucket, window_start) do update set hits = rate_limit.hits + 1
                returning hits
                """)
                .params(bucket, Timestamp.from(window))
                .query(Integer.class)
                .single();
    }
}
