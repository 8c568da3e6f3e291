package id.surel.audit;

import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant admin's audit page: search the tenant's rows, export them, and verify the whole chain. */
@Controller
class AuditController {

    private static final int LIMIT = 500;

    private final AuditLog audit;
    private final CurrentStaff currentStaff;

    AuditController(AuditLog audit, CurrentStaff currentStaff) {
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/audit")
    String page(@RequestParam(name = "cari", required = false) String text,
            @RequestParam(name = "verifikasi", required = false) String verify, Model model) {
        StaffPrincipal me = currentStaff.get();
        model.addAttribute("rows", audit.search(me.tenantId().value(), text, LIMIT));
        model.addAttribute("text", text);
        if (verify != null) {
            model.addAttribute("verification", audit.verify());
            audit.record(me.tenantId().value(), me.getUsername(), "audit.verified", null, null);
        }
        return "audit/audit";
    }

    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "cari", required = false) String text) {
        StaffPrincipal me = currentStaff.get();
        List<AuditEntry> rows = audit.search(me.tenantId().value(), text, 100_000);
        StringBuilder csv = new StringBuilder("position,at,actor,action,subject,details,hash\n");
        for (AuditEntry e : rows) {
            csv.append(e.position()).append(',').append(e.at()).append(',').append(cell(e.actor())).append(',')
                    .append(cell(e.action())).append(',').append(cell(e.subject())).append(',')
                    .append(cell(e.details())).append(',').append(e.hash()).append('\n');
        }
        audit.record(me.tenantId().value(), me.getUsername(), "export.audit", null, rows.size() + " rows");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("audit-" + me.tenantId() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
