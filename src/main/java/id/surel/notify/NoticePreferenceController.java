package id.surel.notify;

import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.tenant.StaffDirectory;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member chooses how they hear that a request waits on them: each at once, a daily digest, or not by mail. */
@Controller
class NoticePreferenceController {

    static final List<String> MODES = List.of("IMMEDIATE", "DIGEST", "NONE");

    private final StaffDirectory staff;
    private final CurrentStaff currentStaff;

    NoticePreferenceController(StaffDirectory staff, CurrentStaff currentStaff) {
        this.staff = staff;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/akun/pemberitahuan")
    String page(Model model) {
        StaffPrincipal me = currentStaff.get();
        model.addAttribute("modes", MODES);
        model.addAttribute("mode", staff.noticeMode(me.tenantId(), me.getUsername()));
        model.addAttribute("hasEmail", staff.find(me.tenantId(), me.getUsername()).map(s -> s.email() != null)
                .orElse(false));
        return "notify/preference";
    }

    @PostMapping("/akun/pemberitahuan")
    String choose(@RequestParam(defaultValue = "") String mode, RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        if (!MODES.contains(mode)) {
            redirect.addFlashAttribute("problem", "notice.preference.unknown");
        } else {
            staff.setNoticeMode(me.tenantId(), me.getUsername(), mode);
            redirect.addFlashAttribute("success", "notice.preference.saved");
        }
        return "redirect:/akun/pemberitahuan";
    }
}
