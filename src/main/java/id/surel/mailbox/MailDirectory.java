package id.surel.mailbox;

import java.util.Optional;

/**
 * What every mail platform connector does (embedded, LDAP, SQL, Zimbra, manual); errors: {@link MailDirectoryException}
 * (retryable or final), {@link MailboxAlreadyExistsException}, {@link MailboxNotFoundException}. Each tenant has its own,
 * chosen by {@link MailDirectories}.
 */
public interface MailDirectory {

    /** The mailbox at this address, or empty when the platform has no such account. */
    Optional<MailboxInfo> find(EmailAddress address);

    /**
     * Creates the mailbox. Idempotent per owner: when the address already holds an account of the same owner the call
     * succeeds and makes the given password the current one (a retry after a lost answer ends where a first success
     * would); when it holds anyone else's, or an account without an owner mark, it throws
     * {@link MailboxAlreadyExistsException}.
     */
    void create(NewMailbox mailbox);

    /**
     * Replaces the mailbox's password; throws {@link MailboxNotFoundException} when there is no such mailbox. The
     * caller owns the array and may clear it once the call returns.
     */
    void setPassword(EmailAddress address, char[] password);

    /** Lets the owner log in and receive mail again ({@code true}) or stops both, keeping the mailbox's content. */
    void setActive(EmailAddress address, boolean active);

    /** Sets the mailbox's storage quota in bytes; 0 means unlimited where the platform allows it. */
    void setQuota(EmailAddress address, long quotaBytes);

    /** How many mailboxes the domain holds and how many it may hold (daya tampung). */
    MailCapacity capacity(String domain);

    /** A short name of the platform for admins and logs, e.g. "GreenMail (embedded)". */
    String platformName();
}
