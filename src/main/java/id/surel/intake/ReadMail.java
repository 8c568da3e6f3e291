package id.surel.intake;

import java.util.List;

/**
 * A mail that passed every check: the sender to answer, the subject, the body as plain text and the attachments.
 * {@code automatic} marks mail sent by a machine (auto-replies, lists), which gets no answer, so two robots never loop.
 */
record ReadMail(String sender, String senderName, String subject, String text, List<MailAttachment> attachments,
        boolean automatic) {
}
