package id.surel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import jakarta.mail.AuthenticationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads the embedded server's boxes of test staff and applicants (each address logs in with itself). */
final class StaffMailboxes {

    private final EmbeddedMailServer server;

    StaffMailboxes(EmbeddedMailServer server) {
        this.server = server;
    }

    /** The mails whose subject contains this; none when nothing ever reached the address (no box yet). */
    List<Mail> mails(String address, String subjectPart) throws Exception {
        try {
            return MailboxReader.inbox(server.host(), server.imapPort(), address, address).stream()
                    .filter(m -> m.subject().contains(subjectPart))
                    .toList();
        } catch (AuthenticationFailedException e) {
            return List.of();
        }
    }

    Mail await(String address, String subjectPart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> found = mails(address, subjectPart);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            assertThat(Instant.now()).as("mail '%s' to %s", subjectPart, address).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
