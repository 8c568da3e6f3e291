package id.surel.staff;

import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import id.surel.security.LoginSteps;
import id.surel.security.SecondFactors;
import id.surel.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login step after the password for an account with a second factor: an authenticator or recovery code. */
@Controller
class LoginCodeController {

    private final SecondFactors factors;
    private final CurrentStaff currentStaff;
    private final LoginSteps loginSteps;
    private final AuditLog audit;

    LoginCodeController(SecondFactors factors, CurrentStaff currentStaff, LoginSteps loginSteps, AuditLog audit) {
        this.factors = factors;
        this.currentStaff = currentStaff;
        this.loginSteps = loginSteps;
        this.audit = audit;
    }

    @GetMapping("/login/kode")
    String page() {
        return "staff/login-code";
    }

    @PostMapping("/login/kode")
    void verify(@RequestParam(defaultValue = "") String kode, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        StaffPrincipal me = currentStaff.get();
        SecondFactors.Check check = factors.verify(me.getUsername(), kode);
        audit.record(me.tenantId().value(), me.getUsername(), "login.second-factor." + check.name().toLowerCase(),
                null, null);
        switch (check) {
            case ACCEPTED -> loginSteps.secondFactorPassed(request, response);
            case REFUSED -> response.sendRedirect(request.getContextPath() + "/login/kode?error");
            case LOCKED -> {
                new SecurityContextLogoutHandler().logout(request, response,
                        SecurityContextHolder.getContext().getAuthentication());
                response.sendRedirect(request.getContextPath() + "/login?locked");
            }
        }
    }
}
