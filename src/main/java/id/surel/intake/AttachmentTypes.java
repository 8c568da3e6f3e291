package id.surel.intake;

import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What an attachment really is, from its first bytes (Tika's magic-byte detection, never the file name or the
 * sender's Content-Type): only PDF, JPEG and PNG are taken; archives are named apart so the admin sees why.
 */
@Component
class AttachmentTypes {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-zip-compressed",
            "application/gzip", "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/x-tar", "application/x-bzip2", "application/x-xz",
            "application/java-archive", "application/x-tika-ooxml", "application/x-tika-msoffice", "application/zstd",
            "application/x-lzma", "application/x-compress");

    private final Tika tika = new Tika();

    /** The detected media type, without parameters. */
    String detect(byte[] content) {
        return tika.detect(content);
    }

    /** Throws when the content is not an allowed type; {@code fileName} only goes into the reason. */
    String check(String fileName, byte[] content) throws MailRefusedException {
        String type = detect(content);
        if (ALLOWED.contains(type)) {
            return type;
        }
        if (ARCHIVES.contains(type)) {
            throw new MailRefusedException(QuarantineReason.ARCHIVE, fileName + ": " + type);
        }
        throw new MailRefusedException(QuarantineReason.ATTACHMENT_TYPE, fileName + ": " + type);
    }
}
