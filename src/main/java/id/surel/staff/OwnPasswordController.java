package id.surel.staff;

import id.surel.security.CurrentStaff;
import id.surel.security.LoginSteps;
import id.surel.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member changes their own password: any time, and necessarily right after logging in with a password an
 * admin chose (the session can open nothing else until then).
 */
@Controller
class OwnPasswordController {

    private final StaffAccounts accounts;
    private final CurrentStaff currentStaff;
    private final LoginSteps loginSteps;

    OwnPasswordController(StaffAccounts accounts, CurrentStaff currentStaff, LoginSteps loginSteps) {
        this.accounts = accounts;
        this.currentStaff = currentStaff;
        this.loginSteps = loginSteps;
    }

    @GetMapping("/akun/sandi")
    String page() {
        return "staff/password";
    }

    @PostMapping("/akun/sandi")
    String change(@RequestParam(defaultValue = "") String lama, @RequestParam(defaultValue = "") String baru,
            @RequestParam(defaultValue = "") String ulang, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        StaffPrincipal me = currentStaff.get();
        Optional<String> problem = accounts.changeOwnPassword(me.tenantId(), me.getUsername(), lama, baru, ulang);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", problem.get());
            return "redirect:/akun/sandi";
        }
        loginSteps.passwordChanged(request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/akun/sandi";
    }
}
