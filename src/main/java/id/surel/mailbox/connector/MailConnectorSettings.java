package id.surel.mailbox.connector;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The mail platform of each tenant that does not use the default one ({@code surel.mail.tenants.*}). */
@ConfigurationProperties(prefix = "surel.mail")
public record MailConnectorSettings(Map<String, TenantConnectorSettings> tenants) {

    public MailConnectorSettings {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }
}
