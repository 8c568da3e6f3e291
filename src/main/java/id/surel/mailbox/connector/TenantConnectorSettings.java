package id.surel.mailbox.connector;

import id.surel.mailbox.ldap.LdapSettings;
import id.surel.mailbox.sql.SqlSettings;
import id.surel.mailbox.zimbra.ZimbraSettings;
import org.springframework.util.unit.DataSize;

/**
 * One tenant's mail platform ({@code surel.mail.tenants.<tenant-id>.*}): {@code kind} is embedded, ldap, sql or
 * zimbra, with the settings group of that kind; {@code capacity} is how many mailboxes the domain may hold (empty:
 * unlimited) and {@code default-quota} the storage a new mailbox gets (0: unlimited).
 */
public record TenantConnectorSettings(String kind, Long capacity, DataSize defaultQuota, LdapSettings ldap,
        SqlSettings sql, ZimbraSettings zimbra) {

    public TenantConnectorSettings {
        defaultQuota = defaultQuota == null ? DataSize.ofGigabytes(2) : defaultQuota;
    }
}
