package id.surel.mailbox;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded server as a mail directory: the login is the full address, and capacity counts a domain's mailboxes
 * against the configured limit.
 *
 * <p>GreenMail still auto-creates a box for any unknown recipient (login and password both equal to the address), so
 * that mail to an applicant's outside address can be read in tests and demos. Such a placeholder is not an issued
 * account: {@code find} and {@code capacity} ignore it, and {@code create} takes it over after emptying it, as a real
 * server would have bounced that mail. Any other GreenMail user with exactly that address counts as a mailbox, whether
 * made by {@code create} or seeded straight into GreenMail.
 */
public class GreenMailDirectory implements MailDirectory {

    private final EmbeddedMailServer server;
    private final OptionalLong capacity;
    // GreenMail has no display names; kept beside it, in memory like everything else there.
    private final Map<EmailAddress, String> displayNames = new ConcurrentHashMap<>();
    // GreenMail cannot disable a login: an inactive box gets an unguessable password, its own one is kept here.
    private final Map<EmailAddress, String> suspendedPasswords = new ConcurrentHashMap<>();
    private final Map<EmailAddress, Long> quotas = new ConcurrentHashMap<>();
    private final Map<EmailAddress, String> owners = new ConcurrentHashMap<>();

    public GreenMailDirectory(EmbeddedMailServer server, Integer capacity) {
        this.server = server;
        this.capacity = capacity == null ? OptionalLong.empty() : OptionalLong.of(capacity);
    }

    @Override
    public Optional<MailboxInfo> find(EmailAddress address) {
        return account(address).map(user -> new MailboxInfo(address, displayNames.get(address),
                !suspendedPasswords.containsKey(address),
                quotas.containsKey(address) ? OptionalLong.of(quotas.get(address)) : OptionalLong.empty(),
                owners.get(address)));
    }

    @Override
    public synchronized void create(NewMailbox mailbox) {
        EmailAddress address = mailbox.address();
        String password = acceptable(address, mailbox.initialPassword());
        if (!createdNew(address, password)) {
            GreenMailUser existing = users().getUserByEmail(address.toString());
            if (existing != null && !isPlaceholder(existing) && mailbox.ownerKey().equals(owners.get(address))) {
                setPassword(address, mailbox.initialPassword());
                return;
            }
            if (existing == null || !isPlaceholder(existing)) {
                throw new MailboxAlreadyExistsException(address);
            }
            emptyInbox(existing);
            existing.setPassword(password);
        }
        displayNames.put(address, mailbox.displayName());
        owners.put(address, mailbox.ownerKey());
    }

    @Override
    public synchronized void setPassword(EmailAddress address, char[] password) {
        String accepted = acceptable(address, password);
        GreenMailUser user = account(address).orElseThrow(() -> new MailboxNotFoundException(address));
        if (suspendedPasswords.containsKey(address)) {
            suspendedPasswords.put(address, accepted);
        } else {
            user.setPassword(accepted);
        }
    }

    @Override
    public synchronized void setActive(EmailAddress address, boolean active) {
        GreenMailUser user = account(address).orElseThrow(() -> new MailboxNotFoundException(address));
        if (active) {
            String own = suspendedPasswords.remove(address);
            if (own != null) {
                user.setPassword(own);
            }
        } else if (!suspendedPasswords.containsKey(address)) {
            suspendedPasswords.put(address, user.getPassword());
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
        }
    }

    @Override
    public void setQuota(EmailAddress address, long quotaBytes) {
        if (quotaBytes < 0) {
            throw new IllegalArgumentException("kuota negatif / negative quota for " + address + ": " + quotaBytes);
        }
        account(address).orElseThrow(() -> new MailboxNotFoundException(address));
        quotas.put(address, quotaBytes);
    }

    @Override
    public MailCapacity capacity(String domain) {
        Objects.requireNonNull(domain, "domain");
        String suffix = "@" + domain.strip().toLowerCase(Locale.ROOT);
        long used = users().listUser().stream()
                .filter(user -> !isPlaceholder(user))
                .filter(user -> user.getEmail().toLowerCase(Locale.ROOT).endsWith(suffix))
                .count();
        return new MailCapacity(used, capacity);
    }

    @Override
    public String platformName() {
        return "GreenMail (embedded, in memory)";
    }

    private Optional<GreenMailUser> account(EmailAddress address) {
        return Optional.ofNullable(users().getUserByEmail(address.toString())).filter(user -> !isPlaceholder(user));
    }

    // Creating first, rather than looking first, leaves no gap for incoming mail to auto-create the box in between.
    private boolean createdNew(EmailAddress address, String password) {
        try {
            users().createUser(address.toString(), address.toString(), password);
            return true;
        } catch (UserException e) {
            return false;
        }
    }

    private void emptyInbox(GreenMailUser placeholder) {
        try {
            users().getImapHostManager().getInbox(placeholder).deleteAllMessages();
        } catch (FolderException e) {
            throw new MailDirectoryException("cannot empty the placeholder box " + placeholder.getEmail(), false, e);
        }
    }

    private static boolean isPlaceholder(GreenMailUser user) {
        return user.getEmail().equalsIgnoreCase(user.getPassword());
    }

    // A password equal to the address would make the account look like GreenMail's auto-created placeholder.
    private static String acceptable(EmailAddress address, char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("kata sandi kosong / empty password for " + address);
        }
        String text = new String(password);
        if (text.equalsIgnoreCase(address.toString())) {
            throw new IllegalArgumentException(
                    "kata sandi tidak boleh sama dengan alamat / password must not equal the address " + address);
        }
        return text;
    }

    private UserManager users() {
        if (!server.isRunning()) {
            throw new MailDirectoryException("the embedded mail server is not running", true);
        }
        return server.users();
    }
}
