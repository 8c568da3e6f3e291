package id.surel.notify;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import id.surel.tenant.TenantId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a notice for a tenant: its own template per language where it wrote one, else the message-bundle default, both
 * filled with logic-less Mustache (no expressions, no method calls beyond the values given). A stored template that
 * no longer renders (changed behind the admin page's back) falls back to the default rather than losing the mail.
 */
@Component
public class NoticeRenderer {

    private static final Logger log = LoggerFactory.getLogger(NoticeRenderer.class);
    /** Plain-text mail: nothing to escape; a missing value is an error, never an empty gap. */
    static final Mustache.Compiler MUSTACHE = Mustache.compiler().escapeHTML(false);

    private final MessageSource messages;
    private final NoticeTemplates templates;

    NoticeRenderer(MessageSource messages, NoticeTemplates templates) {
        this.messages = messages;
        this.templates = templates;
    }

    /** The notice as this tenant words it, filled with {@code values} (a {@link Bilingual} value per language). */
    public RenderedNotice render(TenantId tenant, Notice notice, Map<String, ?> values) {
        try {
            return render(current(tenant, notice), values);
        } catch (MustacheException e) {
            log.warn("Stored template of notice {} of {} does not render ({}); the default is used", notice.code(),
                    tenant.value(), e.getMessage());
            return render(defaults(notice), values);
        }
    }

    /** The texts this tenant uses now for each language (its own or the default). */
    Map<NoticeLanguage, NoticeText> current(TenantId tenant, Notice notice) {
        Map<NoticeLanguage, NoticeText> texts = defaults(notice);
        texts.putAll(templates.stored(tenant, notice));
        return texts;
    }

    Map<NoticeLanguage, NoticeText> defaults(Notice notice) {
        Map<NoticeLanguage, NoticeText> texts = new EnumMap<>(NoticeLanguage.class);
        for (NoticeLanguage language : NoticeLanguage.values()) {
            texts.put(language, defaultText(notice, language));
        }
        return texts;
    }

    NoticeText defaultText(Notice notice, NoticeLanguage language) {
        // no arguments: the bundle text comes back as written, {{placeholders}} and all
        return new NoticeText(messages.getMessage(notice.messageKey() + ".subject", null, language.locale()),
                messages.getMessage(notice.messageKey() + ".body", null, language.locale()));
    }

    /** Fills both languages' texts; throws {@link MustacheException} if a template does not render. */
    static RenderedNotice render(Map<NoticeLanguage, NoticeText> texts, Map<String, ?> values) {
        NoticeText id = texts.get(NoticeLanguage.ID);
        NoticeText en = texts.get(NoticeLanguage.EN);
        Map<String, Object> idValues = in(values, NoticeLanguage.ID);
        Map<String, Object> enValues = in(values, NoticeLanguage.EN);
        return new RenderedNotice(oneLine(fill(id.subject(), idValues)) + " / " + oneLine(fill(en.subject(), enValues)),
                fill(id.body(), idValues).stripTrailing() + "\n\n---\n\n" + fill(en.body(), enValues).stripTrailing());
    }

    static String fill(String template, Map<String, Object> values) {
        return MUSTACHE.compile(template).execute(values);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The values as one language reads them: each {@link Bilingual} picked, lists of entries likewise. */
    static Map<String, Object> in(Map<String, ?> values, NoticeLanguage language) {
        Map<String, Object> result = new HashMap<>();
        values.forEach((name, value) -> result.put(name, valueIn(value, language)));
        return result;
    }

    private static Object valueIn(Object value, NoticeLanguage language) {
        if (value instanceof Bilingual both) {
            return both.in(language);
        }
        if (value instanceof List<?> list) {
            List<Object> entries = new ArrayList<>();
            for (Object entry : list) {
                entries.add(entry instanceof Map<?, ?> map ? in(stringKeys(map), language) : valueIn(entry, language));
            }
            return entries;
        }
        return value == null ? "" : value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
