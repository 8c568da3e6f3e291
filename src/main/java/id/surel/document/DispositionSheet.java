package id.surel.document;

/**
 * What a lembar disposisi says: the incoming letter it is attached to (from, reference, dates, subject), to whom it is
 * forwarded with which instruction, and the official who gave it.
 */
public record DispositionSheet(Letterhead letterhead, String agendaNumber, String letterFrom, String letterReference,
        String letterFile, LetterDate letterDate, String subject, String toTitle, String instruction,
        String nextActivity, LetterDate dispositionDate, String dispositionTime, Signatory from) {
}
