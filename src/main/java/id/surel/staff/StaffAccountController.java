package id.surel.staff;

import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.tenant.StaffMember;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant admin creates, edits, disables and re-enables staff accounts, and sets a forgotten password. */
@Controller
class StaffAccountController {

    private final StaffAccounts accounts;
    private final CurrentStaff currentStaff;

    StaffAccountController(StaffAccounts accounts, CurrentStaff currentStaff) {
        this.accounts = accounts;
        this.currentStaff = currentStaff;
    }

    @PostMapping("/staf/akun")
    String create(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String nama,
            @RequestParam(required = false) String email, @RequestParam(defaultValue = "") Set<String> peran,
            @RequestParam(defaultValue = "false") boolean admin, @RequestParam(defaultValue = "") String sandi,
            RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        Optional<String> problem = accounts.create(me.tenantId(), login, nama, email, peran, admin, sandi,
                me.getUsername());
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", problem.get());
            redirect.addFlashAttribute("draft", new Draft(login, nama, email, peran, admin));
            return "redirect:/staf";
        }
        redirect.addFlashAttribute("success", "staff.account.created");
        return "redirect:/staf";
    }

    @GetMapping("/staf/akun/{username}")
    String edit(@PathVariable String username, Model model) {
        StaffPrincipal me = currentStaff.get();
        StaffMember member = accounts.get(me.tenantId(), username);
        model.addAttribute("member", member);
        model.addAttribute("actors", accounts.staffActors(me.tenantId()));
        return "staff/account";
    }

    @PostMapping("/staf/akun/{username}")
    String update(@PathVariable String username, @RequestParam(defaultValue = "") String nama,
            @RequestParam(required = false) String email, @RequestParam(defaultValue = "") Set<String> peran,
            @RequestParam(defaultValue = "false") boolean admin, RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        return outcome(accounts.update(me.tenantId(), username, nama, email, peran, admin, me.getUsername()),
                "staff.account.updated", username, redirect);
    }

    @PostMapping("/staf/akun/{username}/status")
    String status(@PathVariable String username, @RequestParam(defaultValue = "false") boolean aktif,
            RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        return outcome(accounts.setEnabled(me.tenantId(), username, aktif, me.getUsername()),
                aktif ? "staff.account.enabled" : "staff.account.disabled", username, redirect);
    }

    @PostMapping("/staf/akun/{username}/sandi")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String sandi,
            RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        return outcome(accounts.resetPassword(me.tenantId(), username, sandi, me.getUsername()),
                "staff.account.passwordReset", username, redirect);
    }

    private static String outcome(Optional<String> problem, String success, String username,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute(problem.isPresent() ? "problem" : "success", problem.orElse(success));
        redirect.addAttribute("username", username);
        return "redirect:/staf/akun/{username}";
    }

    /** What the admin typed into the new-account form, shown again after a refusal (never the password). */
    record Draft(String login, String name, String email, Set<String> actors, boolean admin) implements Serializable {
    }
}
