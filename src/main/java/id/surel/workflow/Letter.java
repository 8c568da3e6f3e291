package id.surel.workflow;

/** The request letter (surat permohonan) as uploaded. */
public record Letter(String fileName, String contentType, byte[] content) {
}
