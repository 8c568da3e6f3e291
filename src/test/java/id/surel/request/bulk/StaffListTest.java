package id.surel.request.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.support.StaffLists;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffListTest {

    private static final List<String> SITI = List.of("Siti Nur’aini", "198503122010012003", "Analis", "Sekretariat",
            "siti@contoh.test", "");

    @Test
    void readsAnXlsxWorkbookByItsHeaderWithSpreadsheetRowNumbers() {
        byte[] xlsx = StaffLists.xlsx(List.of(SITI, List.of("Budi", "197307272000121006", "Kepala", "Bidang",
                "budi@contoh.test", "budi.k")));

        List<StaffRow> rows = StaffList.read(xlsx, 10);

        assertThat(rows).containsExactly(
                new StaffRow(2, "Siti Nur’aini", "198503122010012003", "Analis", "Sekretariat", "siti@contoh.test", null),
                new StaffRow(3, "Budi", "197307272000121006", "Kepala", "Bidang", "budi@contoh.test", "budi.k"));
    }

    @Test
    void readsAUtf8CsvWithByteOrderMarkAndSemicolonsAsExcelWritesIt() {
        String text = "\uFEFFNIP;Nama;Jabatan;Unit;Email\r\n198503122010012003;Siti Nur’aini;Analis;Sekretariat;siti@contoh.test\r\n";

        List<StaffRow> rows = StaffList.read(text.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(rows).containsExactly(
                new StaffRow(2, "Siti Nur’aini", "198503122010012003", "Analis", "Sekretariat", "siti@contoh.test", null));
    }

    @Test
    void refusesACsvInWindows1252NamingTheFirstLineThatIsNotUtf8() {
        List<List<String>> rows = List.of(StaffLists.validRow(), SITI, StaffLists.validRow());
        byte[] cp1252 = StaffLists.csv(rows, Charset.forName("windows-1252"));

        assertThatThrownBy(() -> StaffList.read(cp1252, 10))
                .isInstanceOfSatisfying(StaffListException.class, e -> {
                    assertThat(e.code()).isEqualTo("bulk.file.encoding");
                    assertThat(e.args()).containsExactly(3);
                });
    }

    @Test
    void refusesAListWithoutARequiredColumnNamingIt() {
        byte[] csv = "Nama,Jabatan,Unit,Email\nSiti,Analis,Sekretariat,siti@contoh.test\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StaffList.read(csv, 10))
                .isInstanceOfSatisfying(StaffListException.class, e -> {
                    assertThat(e.code()).isEqualTo("bulk.file.column");
                    assertThat(e.args()).containsExactly("NIP");
                });
    }

    @Test
    void refusesMoreRowsThanTheLimitAndSkipsEmptyOnes() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(StaffLists.validRow());
            rows.add(List.of("", "", "", "", "", ""));
        }
        byte[] xlsx = StaffLists.xlsx(rows);

        assertThat(StaffList.read(xlsx, 4)).hasSize(4);
        assertThatThrownBy(() -> StaffList.read(xlsx, 3))
                .isInstanceOfSatisfying(StaffListException.class,
                        e -> assertThat(e.code()).isEqualTo("bulk.file.tooManyRows"));
    }

    @Test
    void refusesAFileThatIsNeitherCsvNorAWorkbook() {
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};

        assertThatThrownBy(() -> StaffList.read(brokenZip, 10))
                .isInstanceOfSatisfying(StaffListException.class,
                        e -> assertThat(e.code()).isEqualTo("bulk.file.unreadable"));
    }

    @Test
    void keepsALeadingTabSoTheFormulaCheckSeesIt() {
        byte[] csv = "Nama,NIP,Jabatan,Unit,Email\n\"\t=1+1\",198503122010012003,A,B,c@d.test\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(StaffList.read(csv, 10).get(0).name()).isEqualTo("\t=1+1");
    }

    @Test
    void reportCsvNeutralisesEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(BatchReportCsv.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(BatchReportCsv.safe("+62811")).isEqualTo("'+62811");
        assertThat(BatchReportCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(BatchReportCsv.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(BatchReportCsv.safe("Siti")).isEqualTo("Siti");
    }
}
