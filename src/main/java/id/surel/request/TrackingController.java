package id.surel.request;

import id.surel.tenant.Tenants;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestTimeline;
import id.surel.workflow.Requests;
import id.surel.workflow.TrackingTokens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The applicant's status page, reached only through the private tracking link. */
@Controller
class TrackingController {

    private final Requests requests;
    private final RequestEngine engine;
    private final Tenants tenants;

    TrackingController(Requests requests, RequestEngine engine, Tenants tenants) {
        this.requests = requests;
        this.engine = engine;
        this.tenants = tenants;
    }

    /** The absolute private link to a tracking page, as the applicant should keep it. */
    static String linkFor(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/lacak/{token}").buildAndExpand(token)
                .toUriString();
    }

    @GetMapping("/lacak/{token}")
    String track(@PathVariable String token, Model model) {
        RequestRecord request = requests.findByTokenHash(TrackingTokens.hash(token))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var definition = engine.definitionOf(request);
        model.addAttribute("request", request);
        var tenant = tenants.get(request.tenantId());
        model.addAttribute("tenant", tenant);
        model.addAttribute("trackingLink", linkFor(token));
        model.addAttribute("timeline",
                RequestTimeline.of(request, definition, requests.history(request.tenantId(), request.id()),
                        tenant.zone()));
        return "request/tracking";
    }
}
