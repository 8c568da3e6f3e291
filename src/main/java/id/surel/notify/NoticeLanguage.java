package id.surel.notify;

import java.util.Locale;

/** The two languages of every notice: Bahasa Indonesia first, then English, in one message. */
public enum NoticeLanguage {

    ID("id", Locale.forLanguageTag("id")), EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    NoticeLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    Locale locale() {
        return locale;
    }

    static NoticeLanguage of(String code) {
        return ID.code.equals(code) ? ID : EN;
    }
}
