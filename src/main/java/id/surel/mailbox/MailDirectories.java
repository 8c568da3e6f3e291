package id.surel.mailbox;

import java.util.Map;
import java.util.Objects;

/**
 * The mail directory of each tenant: a tenant with a connector of its own gets it, every other tenant the default one
 * (the embedded server unless configured otherwise). Closing it closes the connectors' pools.
 */
public class MailDirectories implements AutoCloseable {

    private final MailDirectory fallback;
    private final Map<String, MailDirectory> byTenant;

    public MailDirectories(MailDirectory fallback, Map<String, MailDirectory> byTenant) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.byTenant = Map.copyOf(byTenant);
    }

    public MailDirectory forTenant(String tenantId) {
        return byTenant.getOrDefault(tenantId, fallback);
    }

    @Override
    public void close() throws Exception {
        for (MailDirectory directory : byTenant.values()) {
            if (directory != fallback && directory instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
