package id.surel.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words of a report in one language, from the message bundles; an unknown code shows as itself. */
record ReportTexts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String type(String type) {
        return code("type.", type);
    }

    String requestStatus(String status) {
        return code("report.requestStatus.", status);
    }

    String accountStatus(String status) {
        return code("report.accountStatus.", status);
    }

    String outcome(String outcome) {
        return outcome == null ? get("report.outcome.none") : code("report.outcome.", outcome);
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }

    private String code(String prefix, String code) {
        return messages.getMessage(prefix + code, null, code, locale);
    }
}
