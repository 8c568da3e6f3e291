package id.surel.document;

/** Who signs a document: the name, the title (jabatan: the SOP actor's name) and the printed NIP, null if unknown. */
public record Signatory(String name, String title, String nip) {
}
