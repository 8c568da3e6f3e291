package id.surel.mailbox.ldap;

import id.surel.mailbox.connector.PasswordScheme;
import id.surel.mailbox.connector.Problems;
import java.time.Duration;
import java.util.Locale;

/**
 * An iRedMail-style OpenLDAP directory ({@code surel.mail.tenants.<tenant>.ldap.*}). {@code baseDn} is the suffix
 * above {@code o=domains}; the bind password comes from configuration or the environment, never from the database.
 */
public record LdapSettings(String url, String bindDn, String bindPassword, String baseDn, String passwordScheme,
        Integer poolSize, Duration connectTimeout, Duration responseTimeout, String storageBaseDirectory,
        String storageNode) {

    public LdapSettings {
        passwordScheme = passwordScheme == null ? "SSHA512" : passwordScheme;
        poolSize = poolSize == null ? 4 : poolSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
        storageBaseDirectory = storageBaseDirectory == null ? "/var/vmail" : storageBaseDirectory;
        storageNode = storageNode == null ? "vmail1" : storageNode;
    }

    public void check(Problems problems) {
        problems.required("url", url);
        if (url != null && !url.isBlank()) {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("ldap://") && !lower.startsWith("ldaps://")) {
                problems.add("url", "harus diawali ldap:// atau ldaps:// (" + url + ")",
                        "must start with ldap:// or ldaps:// (" + url + ")");
            }
        }
        problems.required("bind-dn", bindDn);
        problems.required("bind-password", bindPassword);
        problems.required("base-dn", baseDn);
        PasswordScheme scheme = PasswordScheme.parse(passwordScheme).orElse(null);
        if (scheme != PasswordScheme.SSHA && scheme != PasswordScheme.SSHA512) {
            problems.add("password-scheme", "harus SSHA atau SSHA512, bukan '" + passwordScheme + "'",
                    "must be SSHA or SSHA512, not '" + passwordScheme + "'");
        }
        problems.positive("pool-size", poolSize);
        problems.positive("connect-timeout", connectTimeout);
        problems.positive("response-timeout", responseTimeout);
    }

    public PasswordScheme scheme() {
        return PasswordScheme.parse(passwordScheme).orElseThrow();
    }

    // The generated toString would print the bind password.
    @Override
    public String toString() {
        return "LdapSettings[url=" + url + ", bindDn=" + bindDn + ", baseDn=" + baseDn + ", bindPassword=(hidden)]";
    }
}
