package id.surel.request.bulk;

import id.surel.security.CurrentStaff;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.RequestNotFoundException;
import id.surel.workflow.Requests;
import id.surel.workflow.Submission;
import id.surel.workflow.TrackingTokens;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Bulk requests: an agency uploads its letter and staff list on the tenant's public pages (or staff do it for the
 * agency), then follows the per-row report and the provisioning progress through a private link; staff see the same
 * report from the request page.
 */
@Controller
class BulkController {

    /** Valid rows listed on the page; the CSV has them all. */
    private static final int SHOWN = 500;

    private final Tenants tenants;
    private final BulkIntake intake;
    private final Batches batches;
    private final Requests requests;
    private final BatchNotices notices;
    private final BatchReportCsv csv;
    private final CurrentStaff currentStaff;

    BulkController(Tenants tenants, BulkIntake intake, Batches batches, Requests requests, BatchNotices notices,
            BatchReportCsv csv, CurrentStaff currentStaff) {
        this.tenants = tenants;
        this.intake = intake;
        this.batches = batches;
        this.requests = requests;
        this.notices = notices;
        this.csv = csv;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/layanan/{tenantId}/kolektif")
    String publicForm(@PathVariable String tenantId, Model model) {
        return form(tenants.get(new TenantId(tenantId)), new BulkForm(), false, model);
    }

    @PostMapping("/layanan/{tenantId}/kolektif")
    String publicUpload(@PathVariable String tenantId, @ModelAttribute("form") BulkForm form, BindingResult errors,
            Model model) {
        return upload(tenants.get(new TenantId(tenantId)), form, null, errors, model);
    }

    @GetMapping("/kolektif")
    String staffForm(Model model) {
        return form(tenants.get(currentStaff.get().tenantId()), new BulkForm(), true, model);
    }

    @PostMapping("/kolektif")
    String staffUpload(@ModelAttribute("form") BulkForm form, BindingResult errors, Model model) {
        var me = currentStaff.get();
        return upload(tenants.get(me.tenantId()), form, me.getUsername(), errors, model);
    }

    @GetMapping("/lacak/kolektif/{token}")
    String publicReport(@PathVariable String token, Model model) {
        Batch batch = byToken(token);
        return report(batch, "/lacak/kolektif/" + token + "/laporan.csv", model);
    }

    @GetMapping("/lacak/kolektif/{token}/laporan.csv")
    ResponseEntity<byte[]> publicCsv(@PathVariable String token, Locale locale) {
        return csv(byToken(token), locale);
    }

    @GetMapping("/permohonan/{id}/kolektif")
    String staffReport(@PathVariable UUID id, Model model) {
        Batch batch = batches.findByRequest(currentStaff.get().tenantId(), id).orElseThrow(RequestNotFoundException::new);
        return report(batch, "/permohonan/" + id + "/kolektif.csv", model);
    }

    @GetMapping("/permohonan/{id}/kolektif.csv")
    ResponseEntity<byte[]> staffCsv(@PathVariable UUID id, Locale locale) {
        return csv(batches.findByRequest(currentStaff.get().tenantId(), id).orElseThrow(RequestNotFoundException::new),
                locale);
    }

    private String upload(Tenant tenant, BulkForm form, String uploadedBy, BindingResult errors, Model model) {
        Optional<BulkIntake.Upload> upload = intake.upload(tenant, form, uploadedBy, errors);
        if (upload.isEmpty()) {
            return form(tenant, form, uploadedBy != null, model);
        }
        BulkIntake.Upload u = upload.get();
        String reportLink = link("/lacak/kolektif/{token}", u.reportToken());
        String trackingLink = u.submission().map(s -> link("/lacak/{token}", s.trackingToken())).orElse(null);
        notices.receipt(tenant, form.getContactEmail().strip(), form.getApplicantName().strip(),
                u.submission().map(Submission::trackingNumber).orElse(null), u.rows(), u.valid(), trackingLink,
                reportLink);
        return "redirect:/lacak/kolektif/" + u.reportToken() + "?baru";
    }

    private String form(Tenant tenant, BulkForm form, boolean byStaff, Model model) {
        model.addAttribute("tenant", tenant);
        model.addAttribute("units", tenants.units(tenant.id()));
        model.addAttribute("form", form);
        model.addAttribute("action", byStaff ? "/kolektif" : "/layanan/" + tenant.id().value() + "/kolektif");
        return "request/bulk-form";
    }

    private String report(Batch batch, String csvHref, Model model) {
        BatchProgress progress = batches.progress(batch.tenantId(), batch.id());
        model.addAttribute("batch", batch);
        model.addAttribute("tenant", tenants.get(batch.tenantId()));
        model.addAttribute("progress", progress);
        model.addAttribute("request", batch.requestId() == null ? null
                : requests.find(batch.tenantId(), batch.requestId()).orElse(null));
        List<BatchRow> rows = batches.rows(batch.tenantId(), batch.id());
        model.addAttribute("problems", rows.stream()
                .filter(r -> r.status() == RowStatus.REFUSED || r.status() == RowStatus.FAILED).toList());
        model.addAttribute("accepted", rows.stream()
                .filter(r -> r.status() == RowStatus.PENDING || r.status() == RowStatus.DONE).limit(SHOWN).toList());
        model.addAttribute("shown", SHOWN);
        model.addAttribute("csvHref", csvHref);
        return "request/bulk-report";
    }

    private ResponseEntity<byte[]> csv(Batch batch, Locale locale) {
        byte[] body = csv.render(batches.rows(batch.tenantId(), batch.id()), locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("laporan-kolektif-" + batch.id().toString().substring(0, 8) + ".csv").build().toString())
                .body(body);
    }

    private Batch byToken(String token) {
        return batches.findByTokenHash(TrackingTokens.hash(token))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String link(String path, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(token).toUriString();
    }
}
