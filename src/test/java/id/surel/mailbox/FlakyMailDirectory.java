package id.surel.mailbox;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real directory that fails its first {@code create} calls with a retryable error, the way a mail server behind a
 * flaky network does: the first failure before the call reaches the server, the second after the server created the
 * mailbox but before the answer came back.
 */
final class FlakyMailDirectory implements MailDirectory {

    private final MailDirectory real;
    private final int failures;
    private final AtomicInteger createCalls = new AtomicInteger();

    FlakyMailDirectory(MailDirectory real, int failures) {
        this.real = real;
        this.failures = failures;
    }

    int createCalls() {
        return createCalls.get();
    }

    @Override
    public Optional<MailboxInfo> find(EmailAddress address) {
        return real.find(address);
    }

    @Override
    public void create(NewMailbox mailbox) {
        int call = createCalls.incrementAndGet();
        if (call <= failures && call % 2 == 1) {
            throw new MailDirectoryException("koneksi ke server mail terputus / connection reset (uji)", true);
        }
        real.create(mailbox);
        if (call <= failures) {
            throw new MailDirectoryException("waktu tunggu habis / read timed out (uji)", true);
        }
    }

    @Override
    public void setPassword(EmailAddress address, char[] password) {
        real.setPassword(address, password);
    }

    @Override
    public void setActive(EmailAddress address, boolean active) {
        real.setActive(address, active);
    }

    @Override
    public void setQuota(EmailAddress address, long quotaBytes) {
        real.setQuota(address, quotaBytes);
    }

    @Override
    public MailCapacity capacity(String domain) {
        return real.capacity(domain);
    }

    @Override
    public String platformName() {
        return real.platformName();
    }
}
