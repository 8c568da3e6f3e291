package id.surel.report;

import id.surel.calendar.DayPeriod;
import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service report of the staff member's government over a period (the current month unless {@code dari} /
 * {@code sampai} say otherwise) as a page, CSV, XLSX and PDF, and the monthly report in one click.
 */
@Controller
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reports reports;
    private final ReportPdf pdf;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ReportController(Reports reports, ReportPdf pdf, CurrentStaff currentStaff, Tenants tenants,
            MessageSource messages, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/laporan")
    String page(@RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Tenant tenant = tenant();
        model.addAttribute("report", reports.of(tenant, DayPeriod.of(tenant.zone(), from, to, clock)));
        model.addAttribute("thisMonth", YearMonth.now(clock.withZone(tenant.zone())));
        return "report/report";
    }

    @GetMapping("/laporan/akun.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        PeriodReport report = report(from, to);
        return download(AccountCsv.of(report.accounts()), CSV, fileName("laporan-akun", report, "csv"));
    }

    @GetMapping("/laporan/akun.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        PeriodReport report = report(from, to);
        return download(ReportWorkbook.of(report, new ReportTexts(messages, locale)), XLSX,
                fileName("laporan-akun", report, "xlsx"));
    }

    @GetMapping("/laporan/akun.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        PeriodReport report = report(from, to);
        return download(pdf.render(report, locale), MediaType.APPLICATION_PDF, fileName("laporan-akun", report, "pdf"));
    }

    /** The whole of one month (this month by default) as a workbook: what a head of office files or forwards. */
    @GetMapping("/laporan/bulanan")
    ResponseEntity<byte[]> monthly(
            @RequestParam(name = "bulan", required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Locale locale) {
        Tenant tenant = tenant();
        YearMonth chosen = month != null ? month : YearMonth.now(clock.withZone(tenant.zone()));
        PeriodReport report = reports.of(tenant, DayPeriod.month(tenant.zone(), chosen));
        String name = "laporan-bulanan-%s-%s.xlsx".formatted(tenant.id().value(), chosen);
        return download(ReportWorkbook.of(report, new ReportTexts(messages, locale)), XLSX, name);
    }

    private PeriodReport report(LocalDate from, LocalDate to) {
        Tenant tenant = tenant();
        return reports.of(tenant, DayPeriod.of(tenant.zone(), from, to, clock));
    }

    private Tenant tenant() {
        return tenants.get(currentStaff.get().tenantId());
    }

    private static String fileName(String prefix, PeriodReport report, String extension) {
        return "%s-%s-%s-%s.%s".formatted(prefix, report.tenant().id().value(), report.period().from(),
                report.period().to(), extension);
    }

    /** The file as an attachment; every export is written to the audit log, like the other exports. */
    private ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        StaffPrincipal me = currentStaff.get();
        audit.record(me.tenantId().value(), me.getUsername(), "export.report", fileName, null);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
