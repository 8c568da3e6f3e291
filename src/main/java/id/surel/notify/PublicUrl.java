package id.surel.notify;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links in e-mails sent by workers, where no web request is at hand: built on {@code surel.public-url}, or on this
 * server's own port when that is not set (development, tests) — the same rule as the applicant's tracking links.
 */
@Component
class PublicUrl {

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    String of(String path, Object... variables) {
        return UriComponentsBuilder.fromUriString(base()).path(path).buildAndExpand(variables).toUriString();
    }

    private String base() {
        String configured = environment.getProperty("surel.public-url");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
