package id.surel.notify;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a tenant's notice template was refused: a message key and its arguments, shown in the reader's language (a
 * {@link NoticeLanguage} argument is named in it too).
 */
public record TemplateProblem(String key, Object... args) {

    String text(MessageSource messages, Locale locale) {
        Object[] shown = Arrays.stream(args)
                .map(a -> a instanceof NoticeLanguage l ? messages.getMessage("notice.language." + l.code(), null, locale)
                        : a)
                .toArray();
        return messages.getMessage(key, shown, locale);
    }
}
