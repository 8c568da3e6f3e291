package id.surel.intake;

/** The draft was corrected, submitted or rejected by someone else since it was shown. */
class DraftChangedException extends RuntimeException {

    DraftChangedException(String subject) {
        super("draft changed meanwhile: " + subject);
    }
}
