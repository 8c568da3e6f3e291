package id.surel.notify;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a tenant's wording of a notice must respect: a one-line subject, bounded lengths, only the notice's own
 * placeholders (no partials), every required one in the body, secrets never in the subject, and a trial fill with
 * sample values that succeeds (an entry's field used outside its list fails there).
 */
final class TemplateRules {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    private TemplateRules() {
    }

    static List<TemplateProblem> check(Notice notice, Map<NoticeLanguage, NoticeText> texts) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (NoticeLanguage language : NoticeLanguage.values()) {
            NoticeText text = texts.get(language);
            NoticeLanguage lang = language;
            if (text == null || text.subject().isBlank()) {
                problems.add(new TemplateProblem("notice.template.subjectEmpty", lang));
                continue;
            }
            if (text.subject().length() > MAX_SUBJECT) {
                problems.add(new TemplateProblem("notice.template.subjectTooLong", lang, String.valueOf(MAX_SUBJECT)));
            }
            if (text.subject().contains("\n") || text.subject().contains("\r")) {
                problems.add(new TemplateProblem("notice.template.subjectLines", lang));
            }
            if (text.body().isBlank()) {
                problems.add(new TemplateProblem("notice.template.bodyEmpty", lang));
            }
            if (text.body().length() > MAX_BODY) {
                problems.add(new TemplateProblem("notice.template.bodyTooLong", lang, String.valueOf(MAX_BODY)));
            }
            Set<String> inSubject = names(text.subject(), lang, problems);
            Set<String> inBody = names(text.body(), lang, problems);
            if (inSubject == null || inBody == null) {
                continue;
            }
            for (String name : union(inSubject, inBody)) {
                if (!notice.allows(name)) {
                    problems.add(new TemplateProblem("notice.template.unknownPlaceholder", lang, name,
                            String.join(", ", notice.placeholders())));
                }
            }
            for (String name : notice.required()) {
                if (!inBody.contains(name)) {
                    problems.add(new TemplateProblem("notice.template.missingPlaceholder", lang, name));
                }
            }
            for (String name : notice.secret()) {
                if (inSubject.contains(name)) {
                    problems.add(new TemplateProblem("notice.template.secretInSubject", lang, name));
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                NoticeRenderer.render(texts, NoticeSamples.of(notice));
            } catch (MustacheException e) {
                problems.add(new TemplateProblem("notice.template.doesNotRender", e.getMessage()));
            }
        }
        return problems;
    }

    /** The placeholder and section names the template uses, or null (with a problem) if it does not parse. */
    private static Set<String> names(String template, NoticeLanguage lang, List<TemplateProblem> problems) {
        Template compiled;
        try {
            compiled = NoticeRenderer.MUSTACHE.compile(template);
        } catch (MustacheException e) {
            problems.add(new TemplateProblem("notice.template.syntax", lang, e.getMessage()));
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> includes = new ArrayList<>();
        compiled.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                includes.add(name);
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                includes.add(name);
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                names.add(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                names.add(name);
                return true;
            }
        });
        includes.forEach(name -> problems.add(new TemplateProblem("notice.template.include", lang, name)));
        return includes.isEmpty() ? names : null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
