package id.surel.workflow;

import id.surel.calendar.TenantTime;
import id.surel.audit.AuditLog;
import id.surel.calendar.DayPeriod;
import id.surel.security.CurrentStaff;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The SLA page of the staff member's government: compliance per step and actor over a period, and the late list. */
@Controller
class SlaController {

    private static final DateTimeFormatter WHEN = TenantTime.SHOWN;

    private final SlaReport report;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final SopCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    SlaController(SlaReport report, CurrentStaff currentStaff, Tenants tenants, SopCatalog catalog, AuditLog audit,
            Clock clock) {
        this.report = report;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/sla")
    String page(@RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Tenant tenant = tenants.get(currentStaff.get().tenantId());
        DayPeriod period = DayPeriod.of(tenant.zone(), from, to, clock);
        SopDefinition definition = catalog.active(tenant.id().value()).definition();
        model.addAttribute("period", period);
        model.addAttribute("definition", definition);
        model.addAttribute("steps", report.bySteps(tenant.id(), period.start(), period.end()));
        model.addAttribute("actors", report.byActors(tenant.id(), period.start(), period.end()));
        model.addAttribute("late", report.late(tenant.id(), period.start(), period.end(), clock.instant()).stream()
                .map(l -> new LateRow(l, WHEN.withZone(tenant.zone()).format(l.dueAt()),
                        l.completedAt() == null ? null : WHEN.withZone(tenant.zone()).format(l.completedAt())))
                .toList());
        return "workflow/sla";
    }

    @GetMapping("/sla/langkah.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Tenant tenant = tenants.get(currentStaff.get().tenantId());
        DayPeriod period = DayPeriod.of(tenant.zone(), from, to, clock);
        StringBuilder csv = new StringBuilder("group,key,done,met,late,compliance_percent,median_minutes,p90_minutes\n");
        append(csv, "step", report.bySteps(tenant.id(), period.start(), period.end()));
        append(csv, "actor", report.byActors(tenant.id(), period.start(), period.end()));
        String name = "sla-%s-%s-%s.csv".formatted(tenant.id(), period.from(), period.to());
        audit.record(tenant.id().value(), currentStaff.get().getUsername(), "export.sla", name, null);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder csv, String group, List<SlaReport.Row> rows) {
        for (SlaReport.Row r : rows) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.1f,%.1f,%.1f%n", group, r.key(), r.done(), r.met(),
                    r.late(), r.compliancePercent(), r.medianMinutes(), r.p90Minutes()));
        }
    }

    /** A late step with its times shown in the tenant's zone. */
    record LateRow(SlaReport.LateStep step, String dueAt, String completedAt) {
    }
}
