package id.surel.mailbox.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.mailbox.EmbeddedMailSettings;
import id.surel.mailbox.GreenMailDirectory;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.ldap.LdapMailDirectory;
import id.surel.mailbox.sql.SqlMailDirectory;
import id.surel.mailbox.zimbra.ZimbraMailDirectory;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Per-tenant connector settings, bound from properties as an operator writes them, and checked before start-up. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MailConnectorsTest {

    private EmbeddedMailServer server;
    private GreenMailDirectory embedded;

    @BeforeEach
    void startEmbedded() {
        server = new EmbeddedMailServer(new EmbeddedMailSettings(true, "127.0.0.1", 0, 0, 10));
        embedded = new GreenMailDirectory(server, 10);
    }

    @AfterEach
    void stopEmbedded() {
        server.close();
    }

    @Test
    void each_kind_builds_its_connector_from_properties() throws Exception {
        Map<String, MailDirectory> directories = MailConnectors.build(bind(Map.ofEntries(
                Map.entry("surel.mail.tenants.kota-bogor.kind", "ldap"),
                Map.entry("surel.mail.tenants.kota-bogor.capacity", "5000"),
                Map.entry("surel.mail.tenants.kota-bogor.ldap.url", "ldap://127.0.0.1:1389/"),
                Map.entry("surel.mail.tenants.kota-bogor.ldap.bind-dn", "cn=vmailadmin,dc=kotabogor,dc=go,dc=id"),
                Map.entry("surel.mail.tenants.kota-bogor.ldap.bind-password", "rahasia"),
                Map.entry("surel.mail.tenants.kota-bogor.ldap.base-dn", "dc=kotabogor,dc=go,dc=id"),
                Map.entry("surel.mail.tenants.kota-batam.kind", "SQL"),
                Map.entry("surel.mail.tenants.kota-batam.sql.url", "jdbc:postgresql://127.0.0.1:1/vmail"),
                Map.entry("surel.mail.tenants.kota-batam.sql.username", "vmailadmin"),
                Map.entry("surel.mail.tenants.kota-batam.sql.password", "rahasia"),
                Map.entry("surel.mail.tenants.kota-batam.sql.schema", "postfixadmin"),
                Map.entry("surel.mail.tenants.kota-batam.sql.password-scheme", "blf-crypt"),
                Map.entry("surel.mail.tenants.kab-morowali.kind", "zimbra"),
                Map.entry("surel.mail.tenants.kab-morowali.zimbra.url", "https://mail.morowalikab.go.id:7071/service/admin/soap"),
                Map.entry("surel.mail.tenants.kab-morowali.zimbra.admin-user", "admin@morowalikab.go.id"),
                Map.entry("surel.mail.tenants.kab-morowali.zimbra.admin-password", "rahasia"),
                Map.entry("surel.mail.tenants.kota-cirebon.kind", "embedded"))), embedded);

        assertThat(directories.get("kota-bogor")).isInstanceOf(LdapMailDirectory.class);
        assertThat(directories.get("kota-batam")).isInstanceOf(SqlMailDirectory.class);
        assertThat(directories.get("kota-batam").platformName()).contains("PostfixAdmin");
        assertThat(directories.get("kab-morowali")).isInstanceOf(ZimbraMailDirectory.class);
        assertThat(directories.get("kota-cirebon")).isSameAs(embedded);
        for (MailDirectory directory : directories.values()) {
            if (directory instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Test
    void every_mistake_of_every_tenant_is_listed_in_both_languages() {
        MailConnectorSettings settings = bind(Map.of(
                "surel.mail.tenants.kota-bogor.kind", "ldap",
                "surel.mail.tenants.kota-bogor.ldap.url", "http://ldap.kotabogor.go.id",
                "surel.mail.tenants.kota-bogor.ldap.base-dn", "dc=kotabogor,dc=go,dc=id",
                "surel.mail.tenants.kota-bogor.ldap.password-scheme", "MD5",
                "surel.mail.tenants.kota-batam.kind", "exchange",
                "surel.mail.tenants.kab-morowali.kind", "sql",
                "surel.mail.tenants.kota-cirebon.capacity", "-1"));

        assertThatIllegalStateException().isThrownBy(() -> MailConnectors.build(settings, embedded))
                .satisfies(e -> assertThat(e.getMessage()).contains(
                        "Konfigurasi server mail tidak sah / invalid mail server configuration",
                        "surel.mail.tenants.kota-bogor.ldap.url: harus diawali ldap:// atau ldaps://",
                        "must start with ldap:// or ldaps://",
                        "surel.mail.tenants.kota-bogor.ldap.bind-dn: wajib diisi / is required",
                        "surel.mail.tenants.kota-bogor.ldap.bind-password: wajib diisi / is required",
                        "surel.mail.tenants.kota-bogor.ldap.password-scheme: harus SSHA atau SSHA512",
                        "surel.mail.tenants.kota-batam.kind: 'exchange' tidak dikenal",
                        "surel.mail.tenants.kab-morowali.sql: bagian pengaturan sql.* tidak ada",
                        "surel.mail.tenants.kota-cirebon.capacity: tidak boleh negatif",
                        "surel.mail.tenants.kota-cirebon.kind: wajib diisi")
                        .doesNotContain("kota-bogor.ldap.base-dn"));
    }

    @Test
    void an_embedded_tenant_needs_the_embedded_server() {
        MailConnectorSettings settings = bind(Map.of("surel.mail.tenants.kota-bogor.kind", "embedded"));

        assertThatIllegalStateException().isThrownBy(() -> MailConnectors.build(settings, null))
                .withMessageContaining("surel.mail.embedded.enabled");
    }

    @Test
    void secrets_are_left_out_of_the_settings_text() {
        MailConnectorSettings settings = bind(Map.of(
                "surel.mail.tenants.kota-bogor.kind", "ldap",
                "surel.mail.tenants.kota-bogor.ldap.bind-password", "Sangat#Rahasia1",
                "surel.mail.tenants.kota-bogor.sql.password", "Sangat#Rahasia2",
                "surel.mail.tenants.kota-bogor.zimbra.admin-password", "Sangat#Rahasia3"));

        assertThat(settings.toString()).doesNotContain("Sangat#Rahasia").contains("(hidden)");
    }

    private static MailConnectorSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("surel.mail", MailConnectorSettings.class);
    }
}
