package id.surel.request;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The applicant's private tracking link, also where no web request is at hand (a request that came by e-mail): then
 * it is built on {@code surel.public-url}, or on this server's own port when that is not set (development, tests).
 */
@Component
public class TrackingLinks {

    private final Environment environment;

    TrackingLinks(Environment environment) {
        this.environment = environment;
    }

    public String linkFor(String token) {
        UriComponentsBuilder base = RequestContextHolder.getRequestAttributes() != null
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(publicUrl());
        return base.path("/lacak/{token}").buildAndExpand(token).toUriString();
    }

    private String publicUrl() {
        String configured = environment.getProperty("surel.public-url");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
