package id.surel.intake;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** A file that came by mail, handed to the request intake the way an uploaded document is. */
record AttachedFile(MailAttachment attachment) implements MultipartFile {

    @Override
    public String getName() {
        return "letter";
    }

    @Override
    public String getOriginalFilename() {
        return attachment.fileName();
    }

    @Override
    public String getContentType() {
        return attachment.contentType();
    }

    @Override
    public boolean isEmpty() {
        return attachment.content().length == 0;
    }

    @Override
    public long getSize() {
        return attachment.content().length;
    }

    @Override
    public byte[] getBytes() {
        return attachment.content().clone();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(attachment.content());
    }

    @Override
    public void transferTo(File dest) throws IOException {
        throw new IOException("a mail attachment is read in memory, not written to " + dest);
    }
}
