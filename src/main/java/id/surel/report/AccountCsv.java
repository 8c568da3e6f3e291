package id.surel.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The account counts as RFC 4180 CSV with stable English column names and codes, for spreadsheets and scripts. */
final class AccountCsv {

    static final String HEADER = "unit_code,unit_name,type,status,month,accounts";

    private AccountCsv() {
    }

    static byte[] of(List<AccountCount> accounts) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AccountCount a : accounts) {
            csv.append(Stream.of(a.unitCode(), a.unitName(), a.type(), a.status(), a.month().toString(),
                    Long.toString(a.accounts())).map(AccountCsv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a field holding a separator, quote or line break, and defuses a leading formula character. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
