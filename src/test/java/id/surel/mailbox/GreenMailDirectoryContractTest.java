package id.surel.mailbox;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The mail-directory contract on the embedded GreenMail server. */
class GreenMailDirectoryContractTest extends MailDirectoryContract {

    private EmbeddedMailServer server;
    private GreenMailDirectory directory;

    @BeforeEach
    void startServer() {
        server = new EmbeddedMailServer(new EmbeddedMailSettings(true, "127.0.0.1", 0, 0, (int) CAPACITY));
        directory = new GreenMailDirectory(server, (int) CAPACITY);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    MailDirectory directory() {
        return directory;
    }

    @Override
    void login(EmailAddress address, String password) throws MessagingException {
        ImapReader.of(server).login(address.toString(), password);
    }
}
