package id.surel.document;

/** A letter as issued and archived: its number, a file name for an attachment, and the PDF. */
public record IssuedLetter(String number, String fileName, byte[] pdf) {
}
