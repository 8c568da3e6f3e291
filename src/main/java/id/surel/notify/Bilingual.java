package id.surel.notify;

/** A placeholder value that differs by language (e.g. "2 j 15 m" / "2 h 15 m"). */
public record Bilingual(String id, String en) {

    String in(NoticeLanguage language) {
        return language == NoticeLanguage.ID ? id : en;
    }
}
