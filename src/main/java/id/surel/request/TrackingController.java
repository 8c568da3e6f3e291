package id.surel.request;

import id.surel.sop.RequiredDocument;
import id.surel.tenant.Tenants;
import id.surel.workflow.ConcurrentTransitionException;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestFile;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestTimeline;
import id.surel.workflow.Requests;
import id.surel.workflow.TrackingTokens;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The applicant's status page, reached only through the private tracking link. */
@Controller
class TrackingController {

    private final Requests requests;
    private final RequestEngine engine;
    private final Tenants tenants;
    private final UploadedFiles files;

    TrackingController(Requests requests, RequestEngine engine, Tenants tenants, UploadedFiles files) {
        this.requests = requests;
        this.engine = engine;
        this.tenants = tenants;
        this.files = files;
    }

    /** The absolute private link to a tracking page, as the applicant should keep it. */
    static String linkFor(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/lacak/{token}").buildAndExpand(token)
                .toUriString();
    }

    @GetMapping("/lacak/{token}")
    String track(@PathVariable String token, Model model) {
        RequestRecord request = byToken(token);
        model.addAttribute("form", new HandInForm());
        return show(token, request, model);
    }

    /** The applicant hands in the documents staff asked for; a complete answer restarts the request's clock. */
    @PostMapping("/lacak/{token}/dokumen")
    String handIn(@PathVariable String token, @ModelAttribute("form") HandInForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        RequestRecord request = byToken(token);
        if (!request.waitsForApplicant()) {
            redirect.addFlashAttribute("handInProblem", "handIn.notAsked");
            return "redirect:/lacak/" + token;
        }
        List<RequestFile> handedIn = new ArrayList<>();
        for (RequiredDocument asked : asked(request)) {
            MultipartFile file = form.getDocuments().get(asked.id());
            String field = "documents[" + asked.id() + "]";
            if (file == null || file.isEmpty()) {
                errors.rejectValue(field, "request.document.required",
                        new Object[] {asked.label().in(LocaleContextHolder.getLocale())}, null);
            } else {
                files.check(asked, file, errors, field).ifPresent(handedIn::add);
            }
        }
        if (errors.hasErrors() || form.getVersion() != request.version()) {
            if (!errors.hasErrors()) {
                model.addAttribute("handInProblem", "step.concurrent");
            }
            return show(token, request, model);
        }
        try {
            engine.documentsHandedIn(request, handedIn);
        } catch (ConcurrentTransitionException e) {
            redirect.addFlashAttribute("handInProblem", "step.concurrent");
            return "redirect:/lacak/" + token;
        }
        redirect.addFlashAttribute("handedIn", true);
        return "redirect:/lacak/" + token;
    }

    private RequestRecord byToken(String token) {
        return requests.findByTokenHash(TrackingTokens.hash(token))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The documents of the request's type that staff asked the applicant for, in the type's order. */
    private List<RequiredDocument> asked(RequestRecord request) {
        return engine.definitionOf(request).findRequestType(request.type())
                .map(t -> t.documents().stream().filter(d -> request.askedDocuments().contains(d.id())).toList())
                .orElse(List.of());
    }

    private String show(String token, RequestRecord request, Model model) {
        var definition = engine.definitionOf(request);
        model.addAttribute("request", request);
        var tenant = tenants.get(request.tenantId());
        model.addAttribute("tenant", tenant);
        model.addAttribute("trackingLink", linkFor(token));
        model.addAttribute("token", token);
        model.addAttribute("asked", asked(request));
        model.addAttribute("requestType", definition.findRequestType(request.type()).orElse(null));
        model.addAttribute("service", definition.service().lifecycle() ? definition.service().code() : null);
        model.addAttribute("timeline",
                RequestTimeline.of(request, definition, requests.history(request.tenantId(), request.id()),
                        tenant.zone()));
        return "request/tracking";
    }
}
