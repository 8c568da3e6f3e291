package id.surel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.surel.audit.AuditEntry;
import id.surel.audit.AuditLog;
import id.surel.mailbox.MailAccounts;
import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Requests;
import id.surel.workflow.SlaMonitor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reports agree with the data: known Morowali requests in March 2098 (see {@link ServiceMonthSeed}) give exactly
 * these counts in the CSV, the workbook, the page, the PDF and the dashboard, and nothing to another government.
 */
@SurelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsAgreeWithTheDataTest {

    private static final YearMonth MONTH = YearMonth.of(2098, 3);
    private static final String MARCH = "dari=2098-03-01&sampai=2098-03-31";

    @LocalServerPort
    int port;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    MailAccounts accounts;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    DashboardFigures figures;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog audit;

    ServiceMonthSeed seed;

    @BeforeAll
    void seedTheMonth() {
        try {
            seed = new ServiceMonthSeed(engine, requests, accounts, monitor, figures, clock).seed(MONTH);
        } finally {
            clock.reset();
        }
    }

    @BeforeEach
    void thursdayOfTheSeededMonth() {
        clock.set(seed.now());
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theCsvCountsTheCreatedMailboxesPerAgencyTypeStatusAndMonth() {
        WebSession kadis = login("kepala-dinas@kab-morowali");
        String csv = new String(kadis.download("/laporan/akun.csv"), StandardCharsets.UTF_8);

        assertThat(kadis.lastHeader("Content-Type")).startsWith("text/csv");
        assertThat(kadis.lastHeader("Content-Disposition")).contains("laporan-akun-kab-morowali-2098-03-01-2098-03-31.csv");
        assertThat(csv.split("\r\n")).containsExactly(
                "unit_code,unit_name,type,status,month,accounts",
                "BAPPEDA,Badan Perencanaan Pembangunan Daerah,opd,ACTIVE,2098-03,1",
                "DINKES,Dinas Kesehatan,pribadi,ACTIVE,2098-03,2",
                "SETDA,Sekretariat Daerah,kegiatan,ACTIVE,2098-03,1");
        assertThat(audit.search("kab-morowali", "laporan-akun-kab-morowali-2098-03-01-2098-03-31.csv", 5))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .contains(tuple("export.report", "kepala-dinas@kab-morowali"));

        String twoMonths = new String(kadis.download("/laporan/akun.csv?dari=2098-02-01&sampai=2098-03-31"),
                StandardCharsets.UTF_8);
        assertThat(List.of(twoMonths.split("\r\n"))).hasSize(5)
                .element(1).isEqualTo("DINKES,Dinas Kesehatan,pribadi,ACTIVE,2098-02,1");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresOnOneSheetPerTableWithBoldFrozenHeaders() throws Exception {
        WebSession kadis = login("kepala-dinas@kab-morowali");
        try (XSSFWorkbook book = workbook(kadis.download("/laporan/akun.xlsx?" + MARCH))) {
            assertThat(kadis.lastHeader("Content-Type")).contains("spreadsheetml");
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Ringkasan", "Jumlah akun", "Permohonan", "Waktu penyelesaian");
            for (Sheet sheet : book) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
                assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(rows(book.getSheet("Ringkasan"))).contains(
                    List.of("Pemerintah daerah", "Pemerintah Kabupaten Morowali"),
                    List.of("Akun dibuat", "4"), List.of("Permohonan diajukan", "7"),
                    List.of("Permohonan selesai", "4"));
            assertThat(rows(book.getSheet("Jumlah akun"))).containsExactly(
                    List.of("Perangkat Daerah", "Kode", "Jenis akun", "Status", "Bulan", "Jumlah akun"),
                    List.of("Badan Perencanaan Pembangunan Daerah", "BAPPEDA", "Perangkat Daerah (OPD)", "Aktif",
                            "2098-03", "1"),
                    List.of("Dinas Kesehatan", "DINKES", "Pribadi ASN", "Aktif", "2098-03", "2"),
                    List.of("Sekretariat Daerah", "SETDA", "Kegiatan / acara", "Aktif", "2098-03", "1"));
            assertThat(rows(book.getSheet("Permohonan"))).containsExactly(
                    List.of("Status", "Hasil", "Jumlah permohonan"),
                    List.of("Sedang diproses", "Belum diputuskan", "1"),
                    List.of("Sedang diproses", "Disetujui", "2"),
                    List.of("Selesai, disetujui", "Disetujui", "3"),
                    List.of("Selesai, ditolak", "Ditolak", "1"));
            assertThat(rows(book.getSheet("Waktu penyelesaian"))).containsExactly(
                    List.of("Hasil", "Selesai", "Median (jam)", "Persentil 90 (jam)", "Terlama (jam)",
                            "Median (jam kerja)", "Persentil 90 (jam kerja)", "Terlama (jam kerja)"),
                    List.of("Disetujui", "3", "4.0", "5.6", "6.0", "4.0", "5.6", "6.0"),
                    List.of("Ditolak", "1", "18.0", "18.0", "18.0", "2.0", "2.0", "2.0"),
                    List.of("Semua", "4", "5.0", "14.4", "18.0", "3.0", "5.4", "6.0"));
        }
    }

    @Test
    void thePageShowsTheSameFigures() {
        Document page = login("kepala-dinas@kab-morowali").get("/laporan");

        assertThat(page.selectFirst("#report-tenant").text()).isEqualTo("Pemerintah Kabupaten Morowali");
        assertThat(page.selectFirst("#dari").val()).isEqualTo("2098-03-01");
        assertThat(count(page, "#report-accounts tr[data-unit=DINKES][data-type=pribadi][data-month=2098-03]"))
                .isEqualTo("2");
        assertThat(count(page, "#report-accounts tr[data-unit=BAPPEDA][data-type=opd]")).isEqualTo("1");
        assertThat(count(page, "#report-accounts tr[data-unit=SETDA][data-type=kegiatan]")).isEqualTo("1");
        assertThat(page.select("#report-accounts tbody tr")).hasSize(3);
        assertThat(page.selectFirst("#report-accounts-total").text()).isEqualTo("4");
        assertThat(count(page, "#report-requests tr[data-status=APPROVED][data-outcome=APPROVED]")).isEqualTo("3");
        assertThat(count(page, "#report-requests tr[data-status=IN_PROGRESS][data-outcome=APPROVED]")).isEqualTo("2");
        assertThat(count(page, "#report-requests tr[data-status=IN_PROGRESS]:not([data-outcome])")).isEqualTo("1");
        assertThat(count(page, "#report-requests tr[data-status=REJECTED]")).isEqualTo("1");
        assertThat(page.selectFirst("#report-requests-total").text()).isEqualTo("7");
        assertThat(page.selectFirst("#report-lead-time tr[data-outcome=ALL]").select("td").eachText())
                .containsExactly("Semua", "4", "5,0", "14,4", "18,0", "3,0", "5,4", "6,0");
    }

    @Test
    void theMonthlyReportIsOneClickAwayAndCoversItsWholeMonth() throws Exception {
        WebSession kadis = login("kepala-dinas@kab-morowali");
        Element button = kadis.get("/laporan").selectFirst("#monthly-download");
        assertThat(button.text()).isEqualTo("Unduh laporan Maret 2098 (XLSX)");
        assertThat(kadis.get("/dasbor").selectFirst("#dashboard-monthly").attr("href"))
                .isEqualTo(button.attr("href")).endsWith("/laporan/bulanan?bulan=2098-03");

        try (XSSFWorkbook march = workbook(kadis.download(button.attr("href")))) {
            assertThat(kadis.lastHeader("Content-Disposition")).contains("laporan-bulanan-kab-morowali-2098-03.xlsx");
            assertThat(rows(march.getSheet("Ringkasan"))).contains(List.of("Akun dibuat", "4"),
                    List.of("Periode", "2098-03-01 – 2098-03-31"));
        }
        try (XSSFWorkbook february = workbook(kadis.download("/laporan/bulanan?bulan=2098-02"))) {
            assertThat(rows(february.getSheet("Jumlah akun"))).hasSize(2).last()
                    .isEqualTo(List.of("Dinas Kesehatan", "DINKES", "Pribadi ASN", "Aktif", "2098-02", "1"));
        }
    }

    @Test
    void thePdfNamesTheGovernmentAndThePeriodAndShowsTheTotals() throws Exception {
        WebSession kadis = login("kepala-dinas@kab-morowali");
        byte[] pdf = kadis.download("/laporan/akun.pdf?" + MARCH);
        assertThat(kadis.lastHeader("Content-Type")).isEqualTo("application/pdf");
        Path out = Files.createDirectories(Path.of("target", "reports"));
        Files.write(out.resolve("laporan-kab-morowali-2098-03.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).containsIgnoringCase("Pemerintah Kabupaten Morowali")
                    .contains("Periode 1 Maret 2098 sampai dengan 31 Maret 2098")
                    .contains("Akun dibuat 4", "Permohonan diajukan 7", "Permohonan selesai 4")
                    .contains("Dinas Kesehatan Pribadi ASN Aktif Maret 2098 2")
                    .contains("Semua 4 5,0 14,4 18,0 3,0 5,4 6,0");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            BufferedImage preview = new PDFRenderer(document).renderImageWithDPI(0, 80);
            ImageIO.write(preview, "png", Files.createDirectories(Path.of("target", "screenshots"))
                    .resolve("report-pdf.png").toFile());
        }
    }

    @Test
    void theDashboardDrawsTheMonthTheQueuesAndTheLateStepsAsSvg() {
        Document page = login("kepala-dinas@kab-morowali").get("/dasbor");

        assertThat(page.selectFirst("#stat-requests").text()).isEqualTo("7");
        assertThat(value(page, "#chart-requests [data-key=IN_PROGRESS]")).isEqualTo(3);
        assertThat(value(page, "#chart-requests [data-key=APPROVED]")).isEqualTo(3);
        assertThat(value(page, "#chart-requests [data-key=REJECTED]")).isEqualTo(1);

        assertThat(value(page, "#chart-waiting [data-key=kepala-dinas]")).isEqualTo(before("kepala-dinas") + 1);
        assertThat(value(page, "#chart-waiting [data-key=admin-mail-server]")).isEqualTo(before("admin-mail-server") + 1);
        assertThat(value(page, "#chart-waiting [data-key=staf-teknis]")).isEqualTo(before("staf-teknis") + 1);
        assertThat(value(page, "#chart-waiting [data-key=kabid-persandian]")).isEqualTo(before("kabid-persandian"));
        assertThat(page.selectFirst("#chart-waiting [data-key=kepala-dinas] .chart-label").text())
                .isEqualTo("Kepala Dinas Komunikasi Informatika Statistik dan Persandian Daerah");
        assertThat(page.selectFirst("#chart-waiting [data-key=kepala-dinas] > title").text())
                .isEqualTo("Kepala Dinas Komunikasi Informatika Statistik dan Persandian Daerah: "
                        + (before("kepala-dinas") + 1));

        assertThat(page.selectFirst("#stat-late").text()).isEqualTo(String.valueOf(seed.lateBefore + 3));
        List<String> late = page.select("#dashboard-late a").eachText();
        assertThat(late).contains(seed.trackingNumbers.get("D"), seed.trackingNumbers.get("F"),
                seed.trackingNumbers.get("G"));
        assertThat(late).doesNotContain(seed.trackingNumbers.get("A"), seed.trackingNumbers.get("E"));

        assertThat(page.select("#chart-accounts .chart-column")).hasSize(12);
        assertThat(page.select("#chart-accounts .chart-column").first().attr("data-key")).isEqualTo("2097-04");
        assertThat(value(page, "#chart-accounts [data-key=2098-03]")).isEqualTo(4);
        assertThat(value(page, "#chart-accounts [data-key=2098-02]")).isEqualTo(1);
        assertThat(page.select("#chart-accounts .chart-column").eachAttr("data-value").stream()
                .mapToLong(Long::parseLong).sum()).isEqualTo(5);
        assertThat(page.selectFirst("#chart-accounts [data-key=2098-03] .chart-value").text()).isEqualTo("4");
        assertThat(page.select("[style], style, script")).as("the CSP allows no inline styles or scripts").isEmpty();
    }

    @Test
    void anotherGovernmentsStaffSeeNoneOfTheseFigures() throws Exception {
        WebSession cirebon = login("tim-pengelola@kota-cirebon");
        Document dashboard = cirebon.get("/dasbor");
        assertThat(dashboard.selectFirst("#stat-requests").text()).isEqualTo("0");
        assertThat(dashboard.select("#chart-accounts .chart-column").eachAttr("data-value")).containsOnly("0");
        Document report = cirebon.get("/laporan");
        assertThat(report.selectFirst("#report-accounts-total").text()).isEqualTo("0");
        assertThat(report.selectFirst("#report-requests-total").text()).isEqualTo("0");
        for (Document page : List.of(dashboard, report)) {
            assertThat(page.text()).doesNotContain("Morowali").doesNotContain(seed.trackingNumbers.values());
        }
        assertThat(new String(cirebon.download("/laporan/akun.csv"), StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly(AccountCsv.HEADER);
        try (XSSFWorkbook book = workbook(cirebon.download("/laporan/bulanan?bulan=2098-03"))) {
            assertThat(rows(book.getSheet("Ringkasan"))).contains(List.of("Akun dibuat", "0"));
            assertThat(rows(book.getSheet("Jumlah akun"))).hasSize(1);
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession anonymous = new WebSession(port);
        for (String path : List.of("/dasbor", "/laporan", "/laporan/akun.csv", "/laporan/akun.xlsx",
                "/laporan/akun.pdf", "/laporan/bulanan?bulan=2098-03")) {
            anonymous.download(path);
            assertThat(anonymous.lastUrl()).as(path).endsWith("/login");
        }
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        session.login(username, "surel-demo");
        return session;
    }

    private long before(String actor) {
        return seed.waitingBefore.getOrDefault(actor, 0L);
    }

    private static String count(Document page, String rowSelector) {
        Element row = page.selectFirst(rowSelector);
        assertThat(row).as(rowSelector).isNotNull();
        return row.selectFirst("td.count").text();
    }

    private static long value(Document page, String selector) {
        Element element = page.selectFirst(selector);
        assertThat(element).as(selector).isNotNull();
        return Long.parseLong(element.attr("data-value"));
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Every row as text; numbers as whole numbers or with one decimal, the way the cells are formatted. */
    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.getCellType() == CellType.NUMERIC ? number(cell) : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String number(Cell cell) {
        double value = cell.getNumericCellValue();
        return cell.getCellStyle().getDataFormatString().equals("0.0")
                ? String.format(java.util.Locale.ROOT, "%.1f", value) : String.valueOf((long) value);
    }
}
