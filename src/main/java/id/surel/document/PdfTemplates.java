package id.surel.document;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a Thymeleaf template under {@code templates/document/} to XHTML and that to PDF. */
@Component
class PdfTemplates {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ITemplateEngine templates;
    private final HtmlToPdf htmlToPdf;

    PdfTemplates(ITemplateEngine templates, HtmlToPdf htmlToPdf) {
        this.templates = templates;
        this.htmlToPdf = htmlToPdf;
    }

    byte[] render(String template, Map<String, Object> variables) {
        return htmlToPdf.render(templates.process("document/" + template, new Context(INDONESIAN, variables)));
    }
}
