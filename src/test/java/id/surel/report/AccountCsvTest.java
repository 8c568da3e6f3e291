package id.surel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    @Test
    void fieldsWithSeparatorsOrQuotesAreQuotedAndFormulasDefused() {
        byte[] csv = AccountCsv.of(List.of(new AccountCount("DKP", "Dinas Kelautan, \"Perikanan\"", "UNIT", "ACTIVE",
                YearMonth.of(2098, 3), 3), new AccountCount("X", "=HYPERLINK(\"x\")", "EVENT", "ACTIVE",
                YearMonth.of(2098, 4), 1)));
        assertThat(new String(csv, StandardCharsets.UTF_8).split("\r\n")).containsExactly(AccountCsv.HEADER,
                "DKP,\"Dinas Kelautan, \"\"Perikanan\"\"\",UNIT,ACTIVE,2098-03,3",
                "X,\"'=HYPERLINK(\"\"x\"\")\",EVENT,ACTIVE,2098-04,1");
    }
}
