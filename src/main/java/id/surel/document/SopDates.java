package id.surel.document;

import id.surel.sop.SopIdentity;
import java.time.LocalDate;

/** The SOP identity's dates written the Indonesian way, "-" where the SOP leaves one blank. */
public record SopDates(SopIdentity identity) {

    public String created() {
        return text(identity.created());
    }

    public String revised() {
        return text(identity.revised());
    }

    public String effective() {
        return text(identity.effective());
    }

    public String of(LocalDate date) {
        return text(date);
    }

    static String text(LocalDate date) {
        return date == null ? "-" : new LetterDate(date).text();
    }
}
