package id.surel.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Logs in to the embedded server over IMAP the way a mail client would. */
record ImapReader(String host, int port) {

    static ImapReader of(EmbeddedMailServer server) {
        return new ImapReader(server.host(), server.imapPort());
    }

    /** Logs in and out again; throws AuthenticationFailedException when the server refuses. */
    void login(String user, String password) throws MessagingException {
        try (Store store = connect(user, password)) {
            store.getDefaultFolder();
        }
    }

    List<String> inboxSubjects(String user, String password) throws MessagingException {
        try (Store store = connect(user, password)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        }
    }

    private Store connect(String user, String password) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(host, port, user, password);
        return store;
    }
}
