package id.surel.mailbox.zimbra;

import id.surel.mailbox.connector.Problems;
import java.net.URI;
import java.time.Duration;

/**
 * A Zimbra (or Carbonio) server's admin SOAP service ({@code surel.mail.tenants.<tenant>.zimbra.*}), e.g.
 * {@code https://mail.example.go.id:7071/service/admin/soap}; the admin password comes from configuration or the
 * environment, never from the database.
 */
public record ZimbraSettings(String url, String adminUser, String adminPassword, Duration connectTimeout,
        Duration requestTimeout) {

    public ZimbraSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(20) : requestTimeout;
    }

    public void check(Problems problems) {
        problems.required("url", url);
        if (url != null && !url.isBlank()) {
            try {
                URI uri = URI.create(url.strip());
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    problems.add("url", "harus URL http(s) lengkap (" + url + ")",
                            "must be a full http(s) URL (" + url + ")");
                }
            } catch (IllegalArgumentException e) {
                problems.add("url", "bukan URL yang sah (" + url + ")", "is not a valid URL (" + url + ")");
            }
        }
        problems.required("admin-user", adminUser);
        problems.required("admin-password", adminPassword);
        problems.positive("connect-timeout", connectTimeout);
        problems.positive("request-timeout", requestTimeout);
    }

    // The generated toString would print the admin password.
    @Override
    public String toString() {
        return "ZimbraSettings[url=" + url + ", adminUser=" + adminUser + ", adminPassword=(hidden)]";
    }
}
