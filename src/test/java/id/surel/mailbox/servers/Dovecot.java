package id.surel.mailbox.servers;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Dovecot IMAP server with its own base_dir, state_dir and instance name, IMAP on a free loopback port,
 * mailboxes under its temporary folder as uid 65534, and the passdb/userdb blocks a test gives it (LDAP or SQL).
 */
public final class Dovecot implements BeforeAllCallback, AfterAllCallback {

    private final Function<Dovecot, String> auth;
    private ServerProcess server;
    private int port;

    /** {@code auth} writes its args files through {@link #write} and returns the passdb and userdb blocks. */
    public Dovecot(Function<Dovecot, String> auth) {
        this.auth = auth;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ServerProcess.requireBinary("/usr/sbin/dovecot", "dovecot-imapd dovecot-ldap dovecot-pgsql");
        server = ServerProcess.in("dovecot");
        port = ServerProcess.freePort();
        server.directory("vmail", "rwxrwxrwx");
        server.directory("run", "rwxr-xr-x");
        server.directory("state", "rwxr-xr-x");
        String folder = server.folder().toString();
        String config = """
                base_dir = %1$s/run
                state_dir = %1$s/state
                instance_name = surel-dovecot-%2$d
                listen = 127.0.0.1
                protocols = imap
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                auth_verbose = yes
                auth_failure_delay = 0
                log_path = %1$s/dovecot.log
                default_internal_user = dovecot
                default_login_user = dovenull
                mail_uid = 65534
                mail_gid = 65534
                first_valid_uid = 1
                mail_location = maildir:~/Maildir
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                %3$s
                """.formatted(folder, port, auth.apply(this));
        server.write("dovecot.conf", config);
        server.start(List.of("/usr/sbin/dovecot", "-F", "-c", folder + "/dovecot.conf"), port);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public Path write(String file, String content) {
        return server.write(file, content);
    }

    public Path vmail() {
        return server.folder().resolve("vmail");
    }

    public int imapPort() {
        return port;
    }

    public String log() {
        return server.output();
    }

    /** iRedMail's LDAP lookups: Dovecot binds as the user, so slapd checks the {SSHA512} hash itself. */
    public static String ldapAuth(Dovecot dovecot, Slapd slapd) {
        Path args = dovecot.write("dovecot-ldap.conf.ext", """
                hosts = 127.0.0.1:%1$d
                ldap_version = 3
                auth_bind = yes
                dn = %2$s
                dnpass = %3$s
                base = o=domains,%4$s
                scope = subtree
                deref = never
                pass_filter = (&(objectClass=mailUser)(accountStatus=active)(enabledService=imap)(mail=%%u))
                pass_attrs = mail=user
                user_filter = (&(objectClass=mailUser)(accountStatus=active)(enabledService=imap)(mail=%%u))
                user_attrs = =home=%%{ldap:storageBaseDirectory}/%%{ldap:mailMessageStore}, =uid=65534, =gid=65534
                """.formatted(slapd.port(), Slapd.ADMIN_DN, Slapd.ADMIN_PASSWORD, Slapd.SUFFIX));
        return blocks("ldap", args);
    }

    /** A pgsql passdb and userdb with the given queries (Dovecot checks the {SSHA512} or {BLF-CRYPT} hash). */
    public static String sqlAuth(Dovecot dovecot, int postgresPort, String database, String passwordQuery,
            String userQuery) {
        Path args = dovecot.write("dovecot-sql.conf.ext", """
                driver = pgsql
                connect = host=127.0.0.1 port=%d dbname=%s user=postgres
                default_pass_scheme = SSHA512
                password_query = %s
                user_query = %s
                """.formatted(postgresPort, database, passwordQuery, userQuery));
        return blocks("sql", args);
    }

    private static String blocks(String driver, Path args) {
        return """
                passdb {
                  driver = %1$s
                  args = %2$s
                }
                userdb {
                  driver = %1$s
                  args = %2$s
                }
                """.formatted(driver, args);
    }
}
