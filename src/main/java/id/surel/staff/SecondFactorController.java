package id.surel.staff;

import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import id.surel.security.SecondFactors;
import id.surel.security.StaffPrincipal;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member switches the TOTP second factor on (scan the QR code, type the first code, note the recovery codes
 * shown once) or off (with their password).
 */
@Controller
class SecondFactorController {

    private final SecondFactors factors;
    private final CurrentStaff currentStaff;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    SecondFactorController(SecondFactors factors, CurrentStaff currentStaff, StaffAccounts accounts,
            PasswordEncoder encoder, AuditLog audit) {
        this.factors = factors;
        this.currentStaff = currentStaff;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping("/akun/dua-langkah")
    String page(Model model) {
        StaffPrincipal me = currentStaff.get();
        boolean enabled = factors.enabled(me.getUsername());
        model.addAttribute("enabled", enabled);
        if (!enabled) {
            SecondFactors.Enrolment enrolment = factors.start(me.getUsername());
            model.addAttribute("key", enrolment.key());
            model.addAttribute("qr", QrSvg.of(enrolment.uri()));
        }
        return "staff/second-factor";
    }

    @PostMapping("/akun/dua-langkah")
    String confirm(@RequestParam(defaultValue = "") String kode, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        List<String> recoveryCodes = factors.confirm(me.getUsername(), kode);
        if (recoveryCodes.isEmpty()) {
            redirect.addFlashAttribute("problem", "totp.codeWrong");
            return "redirect:/akun/dua-langkah";
        }
        audit.record(me.tenantId().value(), me.getUsername(), "staff.totp.enabled", me.getUsername(), null);
        model.addAttribute("enabled", true);
        model.addAttribute("recoveryCodes", recoveryCodes);
        model.addAttribute("success", "totp.enabled");
        return "staff/second-factor";
    }

    @PostMapping("/akun/dua-langkah/matikan")
    String disable(@RequestParam(defaultValue = "") String sandi, RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        String hash = accounts.get(me.tenantId(), me.getUsername()).passwordHash();
        if (!encoder.matches(sandi, hash)) {
            redirect.addFlashAttribute("problem", "password.currentWrong");
            return "redirect:/akun/dua-langkah";
        }
        factors.disable(me.getUsername());
        audit.record(me.tenantId().value(), me.getUsername(), "staff.totp.disabled", me.getUsername(), null);
        redirect.addFlashAttribute("success", "totp.disabled");
        return "redirect:/akun/dua-langkah";
    }
}
