package id.surel.mailbox.servers;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import id.surel.mailbox.connector.PasswordScheme;
import com.unboundid.ldif.LDIFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenLDAP slapd (mdb back end, core/cosine/inetorgperson/nis schemas plus the iRedMail mail-user attributes,
 * pw-sha2 for {SSHA512}) with an iRedMail-style tree: {@code o=domains} and, per domain,
 * {@code domainName=<domain>} with its {@code ou=Users}.
 */
public final class Slapd implements BeforeAllCallback, AfterAllCallback {

    public static final String SUFFIX = "dc=surel,dc=test";
    public static final String ADMIN_DN = "cn=admin," + SUFFIX;
    public static final String ADMIN_PASSWORD = "Rahasia-Admin-Slapd";

    private final List<String> domains;
    private ServerProcess server;
    private int port;

    public Slapd(String... domains) {
        this.domains = List.of(domains);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ServerProcess.requireBinary("/usr/sbin/slapd", "slapd ldap-utils");
        server = ServerProcess.in("slapd");
        port = ServerProcess.freePort();
        String folder = server.folder().toString();
        server.write("iredmail-subset.schema", resource("/mail-servers/iredmail-subset.schema"));
        server.directory("data", "rwx------");
        String config = """
                include /etc/ldap/schema/core.schema
                include /etc/ldap/schema/cosine.schema
                include /etc/ldap/schema/inetorgperson.schema
                include /etc/ldap/schema/nis.schema
                include %1$s/iredmail-subset.schema
                modulepath /usr/lib/ldap
                moduleload back_mdb
                moduleload pw-sha2
                pidfile %1$s/slapd.pid
                argsfile %1$s/slapd.args
                database mdb
                maxsize 104857600
                suffix "%2$s"
                rootdn "%3$s"
                rootpw %4$s
                directory %1$s/data
                index objectClass eq
                index mail,shadowAddress eq
                """.formatted(folder, SUFFIX, ADMIN_DN, PasswordScheme.SSHA.hash(ADMIN_PASSWORD.toCharArray()));
        server.write("slapd.conf", config);
        server.start(List.of("/usr/sbin/slapd", "-f", folder + "/slapd.conf", "-h", url(), "-d", "0"), port);
        seedTree();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public LDAPConnection connect() throws LDAPException {
        return new LDAPConnection("127.0.0.1", port, ADMIN_DN, ADMIN_PASSWORD);
    }

    public static String usersDn(String domain) {
        return "ou=Users,domainName=" + domain + ",o=domains," + SUFFIX;
    }

    /** Removes every mail user, leaving the domains. */
    public void clearUsers() throws LDAPException {
        try (LDAPConnection connection = connect()) {
            for (String domain : domains) {
                List<SearchResultEntry> entries = connection.search(usersDn(domain), SearchScope.ONE,
                        "(objectClass=*)", "1.1").getSearchEntries();
                for (SearchResultEntry entry : entries.stream()
                        .sorted(Comparator.comparingInt((SearchResultEntry e) -> e.getDN().length()).reversed())
                        .toList()) {
                    connection.delete(entry.getDN());
                }
            }
        }
    }

    private void seedTree() throws LDAPException, LDIFException {
        try (LDAPConnection connection = connect()) {
            connection.add(new Entry(SUFFIX, List.of(
                    new Attribute("objectClass", "dcObject", "organization"),
                    new Attribute("dc", "surel"),
                    new Attribute("o", "Surel test"))));
            connection.add("dn: o=domains," + SUFFIX, "objectClass: organization", "o: domains");
            for (String domain : domains) {
                connection.add("dn: domainName=" + domain + ",o=domains," + SUFFIX, "objectClass: mailDomain",
                        "domainName: " + domain, "accountStatus: active");
                connection.add("dn: " + usersDn(domain), "objectClass: organizationalUnit", "ou: Users");
            }
        }
    }

    static String resource(String name) {
        try (InputStream in = Slapd.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
