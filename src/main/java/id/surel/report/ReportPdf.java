package id.surel.report;

import id.surel.document.HtmlToPdf;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A {@link PeriodReport} printed on A4: the government's name as heading, the period, and the three tables. */
@Component
class ReportPdf {

    private final ITemplateEngine templates;
    private final HtmlToPdf htmlToPdf;

    ReportPdf(ITemplateEngine templates, HtmlToPdf htmlToPdf) {
        this.templates = templates;
        this.htmlToPdf = htmlToPdf;
    }

    byte[] render(PeriodReport report, Locale locale) {
        Context context = new Context(locale, Map.of("report", report));
        return htmlToPdf.render(templates.process("report/pdf", context));
    }
}
