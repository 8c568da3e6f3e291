package id.surel.web;

import id.surel.security.SsoLinks;
import id.surel.tenant.Tenants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the governments served, each with its request form; and the staff login. */
@Controller
class HomeController {

    private final Tenants tenants;
    private final SsoLinks ssoLinks;

    HomeController(Tenants tenants, SsoLinks ssoLinks) {
        this.tenants = tenants;
        this.ssoLinks = ssoLinks;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("ssoLinks", ssoLinks.all());
        return "login";
    }
}
