package id.surel.intake;

/** Why a mail was not taken as a draft; each has a message {@code intake.quarantine.<NAME>} in both languages. */
enum QuarantineReason {
    /** Larger than {@code surel.intake.max-message-size}; not downloaded at all. */
    TOO_LARGE,
    /** The MIME structure cannot be parsed (missing boundary, broken encoding, bad header). */
    MALFORMED,
    /** More parts or deeper nesting than any real request needs. */
    TOO_MANY_PARTS,
    /** Neither a text/plain nor a text/html part. */
    NO_TEXT,
    /** A text part in an unknown charset, or bytes that are not valid in the charset it declares. */
    CHARSET,
    /** No readable sender address to answer. */
    NO_SENDER,
    /** An archive (zip, rar, 7z, gzip...): refused unopened, so a zip bomb is never unpacked. */
    ARCHIVE,
    /** An attachment whose content is not PDF, JPEG or PNG, whatever its name says. */
    ATTACHMENT_TYPE,
    /** Anything else that failed while reading the mail. */
    UNREADABLE
}
