package id.surel.intake;

import id.surel.audit.AuditLog;
import id.surel.calendar.TenantTime;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActingStaffs;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mail intake for staff: the drafts that came by e-mail, for the SOP's first staff role (and the tenant admin) to
 * complete and submit or reject with a reason; the quarantine list for the tenant admin.
 */
@Controller
@RequestMapping("/surel-masuk")
class IntakeController {

    private static final int LIMIT = 200;

    private final IntakeMails mails;
    private final DraftSubmission submission;
    private final IntakeReplies replies;
    private final CurrentStaff currentStaff;
    private final ActingStaffs actingStaffs;
    private final Tenants tenants;
    private final SopCatalog catalog;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    IntakeController(IntakeMails mails, DraftSubmission submission, IntakeReplies replies, CurrentStaff currentStaff,
            ActingStaffs actingStaffs, Tenants tenants, SopCatalog catalog, AuditLog audit, MessageSource messages,
            Clock clock) {
        this.mails = mails;
        this.submission = submission;
        this.replies = replies;
        this.currentStaff = currentStaff;
        this.actingStaffs = actingStaffs;
        this.tenants = tenants;
        this.catalog = catalog;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String drafts(Model model) {
        StaffPrincipal me = intakeStaff();
        model.addAttribute("when", when(me));
        model.addAttribute("drafts", mails.withStatus(me.tenantId(), IntakeStatus.DRAFT, LIMIT));
        model.addAttribute("decided", mails.decided(me.tenantId(), 50));
        return "intake/drafts";
    }

    @GetMapping("/karantina")
    String quarantine(Model model) {
        StaffPrincipal me = currentStaff.get();
        if (!me.admin()) {
            throw new AccessDeniedException("quarantine is for the tenant admin");
        }
        model.addAttribute("when", when(me));
        model.addAttribute("quarantined", mails.withStatus(me.tenantId(), IntakeStatus.QUARANTINED, LIMIT));
        return "intake/quarantine";
    }

    @GetMapping("/{mailId}")
    String draft(@PathVariable UUID mailId, Model model) {
        StaffPrincipal me = intakeStaff();
        IntakeMail mail = mails.find(me.tenantId(), mailId)
                .filter(m -> m.status() != IntakeStatus.QUARANTINED)
                .orElseThrow(IntakeMailNotFoundException::new);
        Tenant tenant = tenants.get(me.tenantId());
        model.addAttribute("when", when(me));
        model.addAttribute("mail", mail);
        model.addAttribute("attachments", mails.attachments(me.tenantId(), mailId));
        model.addAttribute("units", tenants.units(me.tenantId()));
        model.addAttribute("types", submission.requestTypes(tenant));
        model.addAttribute("selectedType", submission.typeOf(tenant, mail).id());
        if (mail.isDraft() && !model.containsAttribute("problems")) {
            model.addAttribute("problems", texts(submission.check(tenant, mail, null).problems().getAllErrors()));
        }
        return "intake/draft";
    }

    @PostMapping("/{mailId}/ajukan")
    String submit(@PathVariable UUID mailId, @ModelAttribute DraftForm form, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        StaffPrincipal me = intakeStaff();
        IntakeMail draft = mails.find(me.tenantId(), mailId).orElseThrow(IntakeMailNotFoundException::new);
        if (!draft.isDraft()
                || !mails.updateFields(me.tenantId(), mailId, form.version(), form.fields(params), form.sender())) {
            redirect.addFlashAttribute("problem", "intake.changed");
            return "redirect:/surel-masuk/" + mailId;
        }
        IntakeMail corrected = mails.find(me.tenantId(), mailId).orElseThrow(IntakeMailNotFoundException::new);
        DraftSubmission.Result result;
        try {
            result = submission.submit(tenants.get(me.tenantId()), corrected, form.letterId(), me.getUsername());
        } catch (DraftChangedException e) {
            redirect.addFlashAttribute("problem", "intake.changed");
            return "redirect:/surel-masuk/" + mailId;
        }
        if (result.submission().isEmpty()) {
            redirect.addFlashAttribute("problems", texts(result.problems().getAllErrors()));
            redirect.addFlashAttribute("problem", "intake.incomplete");
            return "redirect:/surel-masuk/" + mailId;
        }
        return "redirect:/permohonan/" + result.submission().get().requestId();
    }

    @PostMapping("/{mailId}/tolak")
    String reject(@PathVariable UUID mailId, @RequestParam int version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        StaffPrincipal me = intakeStaff();
        IntakeMail draft = mails.find(me.tenantId(), mailId).orElseThrow(IntakeMailNotFoundException::new);
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            redirect.addFlashAttribute("problem", "intake.reasonRequired");
            return "redirect:/surel-masuk/" + mailId;
        }
        if (!mails.markRejected(me.tenantId(), mailId, version, cleanReason, me.getUsername(), clock.instant())) {
            redirect.addFlashAttribute("problem", "intake.changed");
            return "redirect:/surel-masuk/" + mailId;
        }
        audit.record(me.tenantId().value(), me.getUsername(), "intake.rejected", draft.messageId(), cleanReason);
        if (replies.rejected(tenants.get(me.tenantId()), draft, cleanReason)) {
            mails.markReplied(me.tenantId(), mailId, clock.instant());
        }
        redirect.addFlashAttribute("success", "intake.rejectedDone");
        return "redirect:/surel-masuk";
    }

    @GetMapping("/{mailId}/lampiran/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID mailId, @PathVariable long attachmentId) {
        StaffPrincipal me = intakeStaff();
        MailAttachment file = mails.attachment(me.tenantId(), mailId, attachmentId)
                .orElseThrow(IntakeMailNotFoundException::new);
        // Only PDF/JPEG/PNG are ever stored; still sent as a download so a browser never renders it in Surel's origin.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private DateTimeFormatter when(StaffPrincipal me) {
        return TenantTime.SHOWN.withZone(tenants.get(me.tenantId()).zone());
    }

    /** Problems as text in the page's language (a flash attribute must be plain, serializable data). */
    private List<String> texts(List<ObjectError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.stream().map(e -> messages.getMessage(e, locale)).distinct().toList();
    }

    /**
     * The tenant admin, or staff acting today as the actor of the SOP's first step after submission (who checks
     * requests): by their own role or by a delegation, as the inbox counts it.
     */
    private StaffPrincipal intakeStaff() {
        StaffPrincipal me = currentStaff.get();
        if (me.admin()) {
            return me;
        }
        SopDefinition definition = catalog.active(me.tenantId().value()).definition();
        String firstActor = definition.step(definition.start().next()).actor();
        if (!actingStaffs.actsAsAnyOf(List.of(firstActor))) {
            throw new AccessDeniedException("mail intake is for " + firstActor);
        }
        return me;
    }
}
