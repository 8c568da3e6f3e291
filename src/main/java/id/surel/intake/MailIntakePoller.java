package id.surel.intake;

import id.surel.intake.MailIntake.Taken;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls each tenant's intake box over IMAP, one node per box at a time (a ShedLock row per tenant). Each mail is taken
 * first and moved to the processed or quarantine folder after, so a crash between the two leaves it in the box to be
 * recognised by its Message-ID next time. A box that cannot be reached is logged and tried again on the next poll.
 */
@Component
class MailIntakePoller {

    private static final Logger log = LoggerFactory.getLogger(MailIntakePoller.class);
    private static final int MAX_MESSAGE_ID = 500;

    private final Tenants tenants;
    private final IntakeMailboxes mailboxes;
    private final MailIntake intake;
    private final IntakeSettings settings;
    private final LockProvider locks;
    private final Clock clock;

    MailIntakePoller(Tenants tenants, IntakeMailboxes mailboxes, MailIntake intake, IntakeSettings settings,
            LockProvider locks, Clock clock) {
        this.tenants = tenants;
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.settings = settings;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${surel.intake.poll-interval:PT30S}",
            initialDelayString = "${surel.intake.poll-interval:PT30S}")
    void scheduledPoll() {
        if (!settings.enabled() || !settings.scheduled()) {
            return;
        }
        for (Tenant tenant : tenants.all()) {
            try {
                poll(tenant);
            } catch (RuntimeException e) {
                log.warn("Intake poll of {} failed; the mails stay in the box for the next poll",
                        tenant.id().value(), e);
            }
        }
    }

    /** Reads one tenant's box once, if no other node is reading it; returns what became of the mails. */
    PollResult poll(Tenant tenant) {
        Optional<IntakeMailbox> box = mailboxes.forTenant(tenant);
        if (box.isEmpty()) {
            return PollResult.NOTHING;
        }
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(),
                "mail-intake-" + tenant.id().value(), Duration.ofMinutes(10), Duration.ZERO));
        if (lock.isEmpty()) {
            return PollResult.NOTHING;
        }
        try {
            return read(tenant, box.get());
        } catch (MessagingException | IOException e) {
            log.warn("Intake box {} not read: {}", box.get(), e.getMessage());
            return PollResult.NOTHING;
        } finally {
            lock.get().unlock();
        }
    }

    private PollResult read(Tenant tenant, IntakeMailbox box) throws MessagingException, IOException {
        try (Store store = session(box).getStore(box.ssl() ? "imaps" : "imap")) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            Folder inbox = store.getFolder(box.folder());
            Folder processedFolder = existing(store, settings.processedFolder());
            Folder quarantineFolder = existing(store, settings.quarantineFolder());
            inbox.open(Folder.READ_WRITE);
            int processed = 0;
            int quarantined = 0;
            try {
                int count = inbox.getMessageCount();
                if (count == 0) {
                    return PollResult.NOTHING;
                }
                Message[] messages = inbox.getMessages(1, Math.min(count, settings.batchSize()));
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.SIZE);
                profile.add(FetchProfile.Item.FLAGS);
                inbox.fetch(messages, profile);
                for (Message message : messages) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    Taken taken = intake.take(tenant, box, envelope(message), () -> raw(message));
                    inbox.copyMessages(new Message[] {message},
                            taken == Taken.PROCESSED ? processedFolder : quarantineFolder);
                    message.setFlag(Flags.Flag.DELETED, true);
                    if (taken == Taken.PROCESSED) {
                        processed++;
                    } else {
                        quarantined++;
                    }
                }
            } finally {
                inbox.close(true);
            }
            if (processed + quarantined > 0) {
                log.info("Intake box {}: {} taken, {} quarantined", box, processed, quarantined);
            }
            return new PollResult(processed, quarantined);
        }
    }

    private Envelope envelope(Message message) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        String messageId = ids == null || ids.length == 0 || ids[0].isBlank() ? fingerprint(message) : ids[0].strip();
        if (messageId.length() > MAX_MESSAGE_ID) {
            messageId = fingerprint(message);
        }
        Instant received = message.getReceivedDate() == null ? clock.instant() : message.getReceivedDate().toInstant();
        return new Envelope(messageId, Math.max(message.getSize(), 0), safeSender(message), safeSubject(message),
                received);
    }

    /** A mail without a usable Message-ID is known by a hash of its headers and size, stable across polls. */
    private static String fingerprint(Message message) throws MessagingException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : Collections.list(((jakarta.mail.internet.MimeMessage) message).getAllHeaderLines())) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            digest.update(Integer.toString(message.getSize()).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    private static String safeSender(Message message) {
        try {
            return message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String safeSubject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create folder " + name);
        }
        return folder;
    }

    private static Session session(IntakeMailbox box) {
        Properties properties = new Properties();
        String protocol = box.ssl() ? "imaps" : "imap";
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "60000");
        properties.setProperty("mail." + protocol + ".peek", "true");
        return Session.getInstance(properties);
    }
}
