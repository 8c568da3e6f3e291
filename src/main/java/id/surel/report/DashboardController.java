package id.surel.report;

import id.surel.security.CurrentStaff;
import id.surel.tenant.Tenants;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The heads-of-office dashboard of the staff member's government, charts drawn on the server as inline SVG. */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final MessageSource messages;

    DashboardController(Dashboards dashboards, CurrentStaff currentStaff, Tenants tenants, MessageSource messages) {
        this.dashboards = dashboards;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/dasbor")
    String dashboard(Locale locale, Model model) {
        model.addAttribute("dashboard", dashboards.of(tenants.get(currentStaff.get().tenantId()),
                new ReportTexts(messages, locale)));
        return "report/dashboard";
    }
}
