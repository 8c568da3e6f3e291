package id.surel.mailbox.connector;

import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.ldap.LdapMailDirectory;
import id.surel.mailbox.sql.SqlMailDirectory;
import id.surel.mailbox.zimbra.ZimbraMailDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Builds each configured tenant's mail directory, after checking every tenant's settings first: a mistake anywhere
 * stops start-up with one message listing all of them, in Indonesian and English.
 */
public final class MailConnectors {

    private MailConnectors() {
    }

    public static Map<String, MailDirectory> build(MailConnectorSettings settings, MailDirectory embedded) {
        List<String> problems = new ArrayList<>();
        Map<String, TenantConnectorSettings> tenants = new TreeMap<>(settings.tenants());
        tenants.forEach((tenant, connector) -> problems.addAll(check(tenant, connector, embedded)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Konfigurasi server mail tidak sah / invalid mail server configuration:"
                    + "\n - " + String.join("\n - ", problems));
        }
        Map<String, MailDirectory> directories = new LinkedHashMap<>();
        tenants.forEach((tenant, connector) -> directories.put(tenant, directory(connector, embedded)));
        return directories;
    }

    static List<String> check(String tenant, TenantConnectorSettings connector, MailDirectory embedded) {
        Problems problems = new Problems("surel.mail.tenants." + tenant);
        if (connector.capacity() != null && connector.capacity() < 0) {
            problems.add("capacity", "tidak boleh negatif (" + connector.capacity() + ")",
                    "must not be negative (" + connector.capacity() + ")");
        }
        if (connector.defaultQuota().isNegative()) {
            problems.add("default-quota", "tidak boleh negatif", "must not be negative");
        }
        String kind = kind(connector);
        switch (kind) {
            case "embedded" -> {
                if (embedded == null) {
                    problems.add("kind", "embedded, tetapi server mail bawaan dimatikan (surel.mail.embedded.enabled)",
                            "embedded, but the embedded mail server is switched off (surel.mail.embedded.enabled)");
                }
            }
            case "ldap" -> present(problems, "ldap", connector.ldap()).ifPresent(p -> connector.ldap().check(p));
            case "sql" -> present(problems, "sql", connector.sql()).ifPresent(p -> connector.sql().check(p));
            case "zimbra" -> present(problems, "zimbra", connector.zimbra())
                    .ifPresent(p -> connector.zimbra().check(p));
            case "" -> problems.add("kind", "wajib diisi: embedded, ldap, sql atau zimbra",
                    "is required: embedded, ldap, sql or zimbra");
            default -> problems.add("kind", "'" + connector.kind() + "' tidak dikenal; pilih embedded, ldap, sql atau"
                    + " zimbra", "'" + connector.kind() + "' is unknown; choose embedded, ldap, sql or zimbra");
        }
        return problems.lines();
    }

    private static Optional<Problems> present(Problems problems, String group, Object settings) {
        if (settings == null) {
            problems.add(group, "bagian pengaturan " + group + ".* tidak ada",
                    "the " + group + ".* settings are missing");
            return Optional.empty();
        }
        return Optional.of(problems.child(group));
    }

    private static String kind(TenantConnectorSettings connector) {
        return connector.kind() == null ? "" : connector.kind().strip().toLowerCase(Locale.ROOT);
    }

    private static MailDirectory directory(TenantConnectorSettings connector, MailDirectory embedded) {
        OptionalLong capacity = connector.capacity() == null ? OptionalLong.empty()
                : OptionalLong.of(connector.capacity());
        long quota = connector.defaultQuota().toBytes();
        return switch (kind(connector)) {
            case "ldap" -> new LdapMailDirectory(connector.ldap(), capacity, quota);
            case "sql" -> new SqlMailDirectory(connector.sql(), capacity, quota);
            case "zimbra" -> new ZimbraMailDirectory(connector.zimbra(), capacity, quota);
            default -> embedded;
        };
    }
}
