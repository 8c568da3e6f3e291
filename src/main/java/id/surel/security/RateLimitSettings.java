package id.surel.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many public form posts and tracking-page views one client address may make per minute. */
@ConfigurationProperties(prefix = "surel.rate-limit")
public record RateLimitSettings(int formPostsPerMinute, int trackingViewsPerMinute) {
}
