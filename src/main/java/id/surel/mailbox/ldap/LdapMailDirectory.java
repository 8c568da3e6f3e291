package id.surel.mailbox.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.SSLUtil;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailCapacity;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailDirectoryException;
import id.surel.mailbox.MailboxAlreadyExistsException;
import id.surel.mailbox.MailboxInfo;
import id.surel.mailbox.MailboxNotFoundException;
import id.surel.mailbox.NewMailbox;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.net.SocketFactory;

/**
 * Mail users in an iRedMail-style OpenLDAP tree: {@code mail=<address>,ou=Users,domainName=<domain>,o=domains,<base>}
 * with the inetOrgPerson, shadowAccount and mailUser classes, {@code accountStatus}, {@code mailQuota} in bytes,
 * {@code enabledService} and a salted SHA password hash made here. The owner's key is kept in {@code employeeNumber}.
 * Connections come from a pool opened on first use, so a directory that is down does not stop Surel from starting.
 */
public final class LdapMailDirectory implements MailDirectory, AutoCloseable {

    static final String OWNER_ATTRIBUTE = "employeeNumber";
    private static final int PAGE_SIZE = 500;
    // What an iRedMail user gets by default; Dovecot's and Postfix's filters look for these values.
    private static final List<String> SERVICES = List.of("mail", "deliver", "lmtp", "smtp", "smtpsecured", "imap",
            "imapsecured", "pop3", "pop3secured", "sieve", "sievesecured", "internal", "doveadm", "lib-storage",
            "indexer-worker", "dsync");
    private static final Set<ResultCode> RETRYABLE = Set.of(ResultCode.SERVER_DOWN, ResultCode.CONNECT_ERROR,
            ResultCode.TIMEOUT, ResultCode.BUSY, ResultCode.UNAVAILABLE, ResultCode.TIME_LIMIT_EXCEEDED);

    private final LdapSettings settings;
    private final OptionalLong capacity;
    private final long defaultQuotaBytes;
    private LDAPConnectionPool pool;

    public LdapMailDirectory(LdapSettings settings, OptionalLong capacity, long defaultQuotaBytes) {
        this.settings = settings;
        this.capacity = capacity;
        this.defaultQuotaBytes = defaultQuotaBytes;
    }

    @Override
    public Optional<MailboxInfo> find(EmailAddress address) {
        return entry(address).map(entry -> info(address, entry));
    }

    @Override
    public void create(NewMailbox mailbox) {
        EmailAddress address = mailbox.address();
        Optional<MailboxInfo> existing = find(address);
        if (existing.isPresent()) {
            takeOverOwn(mailbox, existing.get());
            return;
        }
        try {
            pool().add(newEntry(mailbox));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.ENTRY_ALREADY_EXISTS) {
                // Someone created it between our look and our add.
                takeOverOwn(mailbox, find(address).orElseThrow(() -> new MailboxAlreadyExistsException(address)));
                return;
            }
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                throw new MailDirectoryException("domain " + address.domain() + " tidak ada di direktori LDAP ("
                        + usersDn(address.domain()) + ") / domain " + address.domain()
                        + " is not in the LDAP directory", false, e);
            }
            throw failure("membuat " + address, "creating " + address, e);
        }
    }

    @Override
    public void setPassword(EmailAddress address, char[] password) {
        String hash = settings.scheme().hash(password);
        modify(address, new Modification(ModificationType.REPLACE, "userPassword", hash),
                new Modification(ModificationType.REPLACE, "shadowLastChange", String.valueOf(today())));
    }

    @Override
    public void setActive(EmailAddress address, boolean active) {
        modify(address, new Modification(ModificationType.REPLACE, "accountStatus", active ? "active" : "disabled"));
    }

    @Override
    public void setQuota(EmailAddress address, long quotaBytes) {
        if (quotaBytes < 0) {
            throw new IllegalArgumentException("kuota negatif / negative quota for " + address + ": " + quotaBytes);
        }
        modify(address, new Modification(ModificationType.REPLACE, "mailQuota", String.valueOf(quotaBytes)));
    }

    @Override
    public MailCapacity capacity(String domain) {
        String users = usersDn(domain);
        long used = 0;
        ASN1OctetString cookie = null;
        try {
            do {
                SearchRequest request = new SearchRequest(users, SearchScope.SUB,
                        Filter.createEqualityFilter("objectClass", "mailUser"), "1.1");
                request.setControls(new SimplePagedResultsControl(PAGE_SIZE, cookie));
                SearchResult result = pool().search(request);
                used += result.getEntryCount();
                SimplePagedResultsControl page = SimplePagedResultsControl.get(result);
                cookie = page == null ? null : page.getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw failure("menghitung kotak surat " + domain, "counting mailboxes of " + domain, e);
            }
        }
        return new MailCapacity(used, capacity);
    }

    @Override
    public String platformName() {
        return "LDAP (iRedMail) " + settings.url();
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private void takeOverOwn(NewMailbox mailbox, MailboxInfo existing) {
        if (!mailbox.ownedBy(existing)) {
            throw new MailboxAlreadyExistsException(mailbox.address());
        }
        setPassword(mailbox.address(), mailbox.initialPassword());
    }

    private Optional<SearchResultEntry> entry(EmailAddress address) {
        String text = address.toString();
        Filter filter = Filter.createORFilter(Filter.createEqualityFilter("mail", text),
                Filter.createEqualityFilter("shadowAddress", text));
        try {
            SearchResult result = pool().search(domainDn(address.domain()), SearchScope.SUB, filter, "cn",
                    "accountStatus", "mailQuota", OWNER_ATTRIBUTE);
            return result.getSearchEntries().stream().findFirst();
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return Optional.empty();
            }
            throw failure("mencari " + address, "looking up " + address, e);
        }
    }

    private MailboxInfo info(EmailAddress address, SearchResultEntry entry) {
        Long quota = entry.getAttributeValueAsLong("mailQuota");
        return new MailboxInfo(address, entry.getAttributeValue("cn"),
                "active".equalsIgnoreCase(entry.getAttributeValue("accountStatus")),
                quota == null ? OptionalLong.empty() : OptionalLong.of(quota),
                entry.getAttributeValue(OWNER_ATTRIBUTE));
    }

    private void modify(EmailAddress address, Modification... modifications) {
        SearchResultEntry entry = entry(address).orElseThrow(() -> new MailboxNotFoundException(address));
        try {
            pool().modify(entry.getDN(), modifications);
        } catch (LDAPException e) {
            throw failure("mengubah " + address, "changing " + address, e);
        }
    }

    private Entry newEntry(NewMailbox mailbox) {
        EmailAddress address = mailbox.address();
        String maildir = address.domain() + "/" + address.local() + "/";
        String dn = new DN(new RDN("mail", address.toString()), parse(usersDn(address.domain()))).toString();
        List<Attribute> attributes = new ArrayList<>(List.of(
                new Attribute("objectClass", "inetOrgPerson", "shadowAccount", "mailUser"),
                new Attribute("mail", address.toString()),
                new Attribute("uid", address.local()),
                new Attribute("cn", mailbox.displayName()),
                new Attribute("sn", lastWord(mailbox.displayName())),
                new Attribute("accountStatus", "active"),
                new Attribute("mailQuota", String.valueOf(defaultQuotaBytes)),
                new Attribute("enabledService", SERVICES),
                new Attribute("storageBaseDirectory", settings.storageBaseDirectory()),
                new Attribute("mailMessageStore", settings.storageNode() + "/" + maildir),
                new Attribute("homeDirectory",
                        settings.storageBaseDirectory() + "/" + settings.storageNode() + "/" + maildir),
                new Attribute(OWNER_ATTRIBUTE, mailbox.ownerKey()),
                new Attribute("userPassword", settings.scheme().hash(mailbox.initialPassword())),
                new Attribute("shadowLastChange", String.valueOf(today()))));
        return new Entry(dn, attributes);
    }

    private String domainDn(String domain) {
        return new DN(new RDN("domainName", domain), new DN(new RDN("o", "domains"), parse(settings.baseDn())))
                .toString();
    }

    private String usersDn(String domain) {
        return "ou=Users," + domainDn(domain);
    }

    private static DN parse(String dn) {
        try {
            return new DN(dn);
        } catch (LDAPException e) {
            throw new MailDirectoryException("DN tidak sah / invalid DN: " + dn, false, e);
        }
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static long today() {
        return LocalDate.now(ZoneOffset.UTC).toEpochDay();
    }

    private synchronized LDAPConnectionPool pool() {
        if (pool == null) {
            pool = openPool();
        }
        return pool;
    }

    private LDAPConnectionPool openPool() {
        try {
            LDAPURL url = new LDAPURL(settings.url().strip());
            LDAPConnectionOptions options = new LDAPConnectionOptions();
            options.setConnectTimeoutMillis(Math.toIntExact(settings.connectTimeout().toMillis()));
            options.setResponseTimeoutMillis(settings.responseTimeout().toMillis());
            SocketFactory sockets = "ldaps".equalsIgnoreCase(url.getScheme())
                    ? new SSLUtil().createSSLSocketFactory() : SocketFactory.getDefault();
            SingleServerSet server = new SingleServerSet(url.getHost(), url.getPort(), sockets, options);
            LDAPConnectionPool opened = new LDAPConnectionPool(server,
                    new SimpleBindRequest(settings.bindDn(), settings.bindPassword()), 1, settings.poolSize());
            opened.setMaxWaitTimeMillis(settings.connectTimeout().toMillis());
            // A connection the server dropped (restart, idle timeout) is replaced and the operation tried once more.
            opened.setRetryFailedOperationsDueToInvalidConnections(true);
            opened.setConnectionPoolName("surel-ldap");
            return opened;
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                throw new MailDirectoryException("server LDAP menolak bind-dn/bind-password"
                        + " / the LDAP server refused the bind DN or password", false, e);
            }
            throw failure("menghubungi " + settings.url(), "connecting to " + settings.url(), e);
        } catch (GeneralSecurityException e) {
            throw new MailDirectoryException("TLS untuk LDAP gagal disiapkan / cannot set up TLS for LDAP", false, e);
        }
    }

    private static MailDirectoryException failure(String indonesian, String english, LDAPException e) {
        boolean retryable = RETRYABLE.contains(e.getResultCode());
        return new MailDirectoryException("Server LDAP gagal saat " + indonesian + " (" + e.getResultCode() + ")"
                + (retryable ? ", dapat dicoba lagi" : "") + " / the LDAP server failed while " + english + " ("
                + e.getResultCode() + ")" + (retryable ? ", retryable" : ""), retryable, e);
    }
}
