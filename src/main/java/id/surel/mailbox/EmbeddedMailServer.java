package id.surel.mailbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process SMTP + IMAP server (GreenMail) that starts when created and stops on {@link #close()}. It keeps all
 * mail and accounts in memory: a restart empties it, so it serves demos, development and tests, not production.
 */
public class EmbeddedMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final String host;
    private final GreenMail greenMail;

    public EmbeddedMailServer(EmbeddedMailSettings settings) {
        this.host = settings.host();
        this.greenMail = new PromptGreenMail(new ServerSetup[] {
            new ServerSetup(settings.smtpPort(), host, ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(settings.imapPort(), host, ServerSetup.PROTOCOL_IMAP)});
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            greenMail.stop();
            throw new IllegalStateException("cannot start the embedded mail server on " + host + " (SMTP "
                    + settings.smtpPort() + ", IMAP " + settings.imapPort() + "); is a port in use?", e);
        }
        log.info("Embedded mail server listening on {}: SMTP {}, IMAP {}; mail is kept in memory only",
                host, smtpPort(), imapPort());
    }

    public String host() {
        return host;
    }

    /** The SMTP port actually bound (differs from the setting when that was 0). */
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The IMAP port actually bound (differs from the setting when that was 0). */
    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public boolean isRunning() {
        return greenMail.isRunning();
    }

    /**
     * Makes sure a service box such as a tenant's intake box exists and opens with {@code password}; mail that already
     * arrived for it (GreenMail keeps mail for any recipient) stays in it.
     */
    public synchronized void ensureServiceBox(String address, String password) {
        UserManager users = users();
        GreenMailUser user = users.getUserByEmail(address);
        if (user == null) {
            try {
                users.createUser(address, address, password);
            } catch (UserException e) {
                throw new MailDirectoryException("cannot create the service box " + address, false, e);
            }
        } else if (!password.equals(user.getPassword())) {
            user.setPassword(password);
        }
    }

    UserManager users() {
        return greenMail.getUserManager();
    }

    @Override
    public void close() {
        greenMail.stop();
        log.info("Embedded mail server stopped");
    }
}
