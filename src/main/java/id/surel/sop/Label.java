package id.surel.sop;

import java.util.Locale;

/** A text written in the definition in Bahasa Indonesia ({@code id}) and English ({@code en}). */
public record Label(String id, String en) {

    /** The text for the reader's language: English for English readers, Indonesian for everyone else. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : id;
    }

    /** Both texts on one line, Indonesian first, for messages read by either. */
    public String both() {
        return en == null || en.equals(id) ? id : id + " / " + en;
    }
}
