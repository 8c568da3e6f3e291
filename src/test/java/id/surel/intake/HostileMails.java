package id.surel.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Raw mails that are broken or hostile in one precise way each, written byte for byte. */
final class HostileMails {

    private HostileMails() {
    }

    static String headers(String id, String from, String to, String subject, String contentType) {
        return "Message-ID: <" + id + "@uji.test>\r\n"
                + "From: Pengirim Uji <" + from + ">\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + contentType + "\r\n";
    }

    /** Declares a multipart with a boundary that never occurs in the body. */
    static byte[] malformedMime(String id, String from, String to) {
        return ascii(headers(id, from, to, "Permohonan akun (rusak)", "multipart/mixed; boundary=\"batas-001\"")
                + "\r\n"
                + "Nama: Budi\r\n"
                + "--batas-lain\r\n"
                + "Content-Type: text/plain\r\n\r\nNIP tidak ada\r\n");
    }

    /** A valid PDF padded to {@code megabytes}, base64 encoded: too large, whatever it holds. */
    static byte[] hugeAttachment(String id, String from, String to, int megabytes) {
        byte[] pdf = new byte[megabytes * 1024 * 1024];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return withAttachment(id, from, to, "Permohonan dengan lampiran besar", "scan.pdf", "application/pdf", pdf);
    }

    /** A zip of 200 MB of zeros (about 200 KB packed), named as the letter. */
    static byte[] zipBomb(String id, String from, String to) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry("surat.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return withAttachment(id, from, to, "Permohonan (arsip)", "dokumen.zip", "application/zip",
                packed.toByteArray());
    }

    /** A Windows executable (MZ header, PE signature) named and labelled as a PDF. */
    static byte[] executableAsPdf(String id, String from, String to) {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return withAttachment(id, from, to, "Surat permohonan", "surat-permohonan.pdf", "application/pdf", exe);
    }

    /** Declares UTF-8 but holds ISO-8859-1 bytes (é as the single byte 0xE9). */
    static byte[] wrongCharset(String id, String from, String to) {
        byte[] head = ascii(headers(id, from, to, "Permohonan akun", "text/plain; charset=utf-8")
                + "Content-Transfer-Encoding: 8bit\r\n\r\n");
        byte[] body = "Nama: Ren\u00e9 Sitompul\r\nPerangkat Daerah: Dinas Kesehatan\r\n".getBytes(StandardCharsets.ISO_8859_1);
        return concat(head, body);
    }

    /** A charset no one knows. */
    static byte[] unknownCharset(String id, String from, String to) {
        return ascii(headers(id, from, to, "Permohonan akun", "text/plain; charset=x-klingon-9")
                + "\r\nNama: Worf\r\n");
    }

    /** Only an attachment, no text part at all. */
    static byte[] noText(String id, String from, String to, byte[] pdf) {
        return ascii(headers(id, from, to, "Lampiran saja", "multipart/mixed; boundary=\"b1\"")
                + "\r\n--b1\r\n"
                + "Content-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename=\"surat.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(pdf) + "\r\n--b1--\r\n");
    }

    private static byte[] withAttachment(String id, String from, String to, String subject, String fileName,
            String contentType, byte[] content) {
        return ascii(headers(id, from, to, subject, "multipart/mixed; boundary=\"b1\"")
                + "\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Nama: Budi Hostile\r\nPerangkat Daerah: Dinas Kesehatan\r\n"
                + "\r\n--b1\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(content) + "\r\n--b1--\r\n");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
