package id.surel.request.bulk;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The per-row report of a batch as CSV (UTF-8 with a byte-order mark, so Excel shows names right). A cell that a
 * spreadsheet would read as a formula (it starts with =, +, -, @, tab or CR: a refused hostile row keeps its value so
 * the agency sees what was refused) is written with a leading apostrophe, the OWASP-recommended neutralisation.
 */
@Component
class BatchReportCsv {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final String[] HEADER_KEYS = {"bulk.report.line", "bulk.report.name", "bulk.report.nip",
        "bulk.report.position", "bulk.report.workUnit", "bulk.report.contact", "bulk.report.address",
        "bulk.report.status", "bulk.report.reason"};

    private final MessageSource messages;
    private final RowReasons reasons;

    BatchReportCsv(MessageSource messages, RowReasons reasons) {
        this.messages = messages;
        this.reasons = reasons;
    }

    byte[] render(List<BatchRow> rows, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (String key : HEADER_KEYS) {
                csv.print(messages.getMessage(key, null, locale));
            }
            csv.println();
            for (BatchRow r : rows) {
                csv.printRecord(r.line(), safe(r.name()), safe(r.nip()), safe(r.position()), safe(r.workUnit()),
                        safe(r.contactEmail()), safe(r.address()), reasons.status(r, locale),
                        safe(reasons.reason(r, locale)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String safe(String cell) {
        if (cell == null) {
            return "";
        }
        return FORMULA_START.matcher(cell).matches() ? "'" + cell : cell;
    }
}
