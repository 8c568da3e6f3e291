package id.surel.workflow;

import id.surel.calendar.TenantTime;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import id.surel.sop.RequestType;
import id.surel.sop.RequiredDocument;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.sop.SystemAction;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.StaffMember;
import id.surel.tenant.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A request seen by staff: its data, timeline, letter and documents, and the actions its current step allows them. */
@Controller
class RequestPageController {

    private static final DateTimeFormatter WHEN = TenantTime.SHOWN;

    private final Requests requests;
    private final RequestEngine engine;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final StepDeadlines deadlines;
    private final ActingStaffs actingStaffs;
    private final Clock clock;
    private final ObjectProvider<RequestDocumentSource> documentSources;
    private final StaffDirectory staff;

    RequestPageController(Requests requests, RequestEngine engine, CurrentStaff currentStaff, Tenants tenants,
            StepDeadlines deadlines, ActingStaffs actingStaffs, Clock clock,
            ObjectProvider<RequestDocumentSource> documentSources, StaffDirectory staff) {
        this.requests = requests;
        this.engine = engine;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.deadlines = deadlines;
        this.actingStaffs = actingStaffs;
        this.clock = clock;
        this.documentSources = documentSources;
        this.staff = staff;
    }

    @GetMapping("/permohonan/{id}")
    String show(@PathVariable UUID id, Model model) {
        StaffPrincipal me = currentStaff.get();
        RequestRecord request = requests.find(me.tenantId(), id).orElseThrow(RequestNotFoundException::new);
        SopDefinition definition = engine.definitionOf(request);
        Step current = definition.step(request.currentStep());
        boolean holdsRole = actingStaffs.current().actorIds().contains(current.actor());
        boolean canAct = request.status() == RequestStatus.IN_PROGRESS && !request.awaitingAction()
                && current.isHumanStep() && holdsRole;
        model.addAttribute("request", request);
        model.addAttribute("unitName", tenants.unit(me.tenantId(), request.unitCode()).map(u -> u.name())
                .orElse(request.unitCode()));
        model.addAttribute("definition", definition);
        model.addAttribute("current", current);
        model.addAttribute("currentActor", current.actor() == null ? "" : definition.actor(current.actor()).name());
        model.addAttribute("canAct", canAct);
        model.addAttribute("canResume", canAct && request.paused());
        model.addAttribute("canRetry", request.actionError() != null && holdsRole);
        model.addAttribute("timeLeft", deadlines.timeLeft(request, clock.instant()));
        var zone = tenants.get(me.tenantId()).zone();
        model.addAttribute("requestDue", format(request.dueAt(), zone));
        model.addAttribute("pausedSince", format(request.pausedSince(), zone));
        List<HistoryEntry> history = requests.history(me.tenantId(), id);
        model.addAttribute("systemCheck", latestCheck(definition, history));
        model.addAttribute("canEditAddress", canAct && createsMailboxLater(definition, history));
        model.addAttribute("timeline", RequestTimeline.of(request, definition, history,
                tenants.get(me.tenantId()).zone()));
        RequestType type = definition.findRequestType(request.type()).orElse(null);
        model.addAttribute("requestType", type);
        model.addAttribute("fields", requests.fields(me.tenantId(), id));
        List<HandedInDocument> handedIn = requests.documents(me.tenantId(), id);
        model.addAttribute("checklist", type == null ? List.of() : ChecklistItem.of(type, handedIn));
        model.addAttribute("deskClerk", deskClerk(me, handedIn));
        model.addAttribute("documents", documentSources.orderedStream()
                .flatMap(source -> source.documents(request, definition, history).stream())
                .toList());
        return "workflow/request";
    }

    @PostMapping("/permohonan/{id}/langkah")
    String complete(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(required = false) String branch, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return transition(id, redirect, "step.completed",
                () -> engine.complete(actingStaffs.current(), id, version, branch, note));
    }

    @PostMapping("/permohonan/{id}/tunda")
    String pause(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return transition(id, redirect, "step.paused",
                () -> engine.pause(actingStaffs.current(), id, version, reason));
    }

    @PostMapping("/permohonan/{id}/minta-dokumen")
    String askForDocuments(@PathVariable UUID id, @RequestParam int version,
            @RequestParam(name = "dokumen", required = false) List<String> documents,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            engine.askForDocuments(actingStaffs.current(), id, version, documents, note);
            redirect.addFlashAttribute("success", "sendBack.sent");
        } catch (ConcurrentTransitionException e) {
            redirect.addFlashAttribute("problem", "step.concurrent");
        } catch (NotAllowedToActException e) {
            redirect.addFlashAttribute("problem", "step.notAllowed");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "sendBack.nothingChosen");
        }
        return "redirect:/permohonan/" + id;
    }

    @PostMapping("/permohonan/{id}/lanjutkan")
    String resume(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        return transition(id, redirect, "step.resumed",
                () -> engine.resume(actingStaffs.current(), id, version));
    }

    private String transition(UUID id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (ConcurrentTransitionException e) {
            redirect.addFlashAttribute("problem", "step.concurrent");
        } catch (NotAllowedToActException e) {
            redirect.addFlashAttribute("problem", "step.notAllowed");
        }
        return "redirect:/permohonan/" + id;
    }

    /** Who entered the request at the desk (the one who attached the paper form), by name; null if nobody did. */
    private String deskClerk(StaffPrincipal me, List<HandedInDocument> handedIn) {
        return handedIn.stream()
                .filter(h -> h.requirementId().equals(RequiredDocument.PAPER_FORM.id()))
                .map(HandedInDocument::uploadedBy)
                .findFirst()
                .map(username -> staff.find(me.tenantId(), username).map(StaffMember::fullName).orElse(username))
                .orElse(null);
    }

    /** The note of the latest system step that branched on its result (e.g. the capacity figures), for the decider. */
    private static String latestCheck(SopDefinition definition, List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Step step = definition.step(history.get(i).stepId());
            if (step.kind() == StepKind.SYSTEM && !step.branches().isEmpty()) {
                return history.get(i).note();
            }
        }
        return null;
    }

    /** Whether the request's address may still change: its SOP creates a mailbox and has not done so yet. */
    private static boolean createsMailboxLater(SopDefinition definition, List<HistoryEntry> history) {
        boolean creates = definition.steps().stream().anyMatch(s -> s.action() == SystemAction.CREATE_MAILBOX);
        boolean created = history.stream()
                .anyMatch(h -> definition.step(h.stepId()).action() == SystemAction.CREATE_MAILBOX);
        return creates && !created;
    }

    private static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : WHEN.withZone(zone).format(instant);
    }

    @PostMapping("/permohonan/{id}/ulangi")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        engine.retryAction(actingStaffs.current(), id);
        redirect.addFlashAttribute("success", "step.retrying");
        return "redirect:/permohonan/" + id;
    }

    @PostMapping("/permohonan/{id}/jalur-gagal")
    String takeFailureExit(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        return transition(id, redirect, "step.failureExitTaken",
                () -> engine.takeFailureExit(actingStaffs.current(), id, version));
    }

    @GetMapping("/permohonan/{id}/berkas/{fileId}")
    ResponseEntity<byte[]> handedIn(@PathVariable UUID id, @PathVariable long fileId) {
        Letter file = requests.document(currentStaff.get().tenantId(), id, fileId)
                .orElseThrow(RequestNotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/permohonan/{id}/surat")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        Letter letter = requests.letter(currentStaff.get().tenantId(), id).orElseThrow(RequestNotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(letter.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(letter.fileName()).build().toString())
                .body(letter.content());
    }
}
