package id.surel.notify;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds notice texts from the message bundles: Bahasa Indonesia first, then English, in one message. */
@Component
public class Notices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    public Notices(MessageSource messages) {
        this.messages = messages;
    }

    public String subject(String code, Object... args) {
        return messages.getMessage(code, args, INDONESIAN) + " / " + messages.getMessage(code, args, Locale.ENGLISH);
    }

    /** One text in both languages on one line, for a value inside another message. */
    public String plain(String code) {
        return messages.getMessage(code, null, INDONESIAN) + " / " + messages.getMessage(code, null, Locale.ENGLISH);
    }

    /** One text of the bundles as a notice template value, each language its own. */
    public Bilingual bilingual(String code, Object... args) {
        return new Bilingual(messages.getMessage(code, args, INDONESIAN), messages.getMessage(code, args, Locale.ENGLISH));
    }

    public String body(String code, Object... args) {
        return messages.getMessage(code, args, INDONESIAN) + "\n\n---\n\n" + messages.getMessage(code, args, Locale.ENGLISH);
    }
}
