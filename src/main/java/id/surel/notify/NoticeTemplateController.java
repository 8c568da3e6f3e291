package id.surel.notify;

import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import id.surel.security.StaffPrincipal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin words the notices of their government, in Indonesian and English: each notice with its current
 * text, its placeholders, a preview filled with sample values, and a way back to the default. A refused text is shown
 * again with what is wrong and nothing is stored.
 */
@Controller
class NoticeTemplateController {

    private final NoticeRenderer renderer;
    private final NoticeTemplates templates;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final MessageSource messages;

    NoticeTemplateController(NoticeRenderer renderer, NoticeTemplates templates, CurrentStaff currentStaff,
            AuditLog audit, MessageSource messages) {
        this.messages = messages;
        this.renderer = renderer;
        this.templates = templates;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** One notice on the list page: its code and the tenant's current texts, and whether they are the tenant's own. */
    record Row(Notice notice, Map<NoticeLanguage, NoticeText> texts, boolean own) {
    }

    @GetMapping("/pengaturan/pesan")
    String list(Model model) {
        StaffPrincipal me = admin();
        model.addAttribute("rows", Arrays.stream(Notice.values())
                .map(n -> new Row(n, renderer.current(me.tenantId(), n), !templates.stored(me.tenantId(), n).isEmpty()))
                .toList());
        return "notify/templates";
    }

    @GetMapping("/pengaturan/pesan/{notice}")
    String edit(@PathVariable String notice, Model model) {
        StaffPrincipal me = admin();
        Notice n = noticeOf(notice);
        return form(n, renderer.current(me.tenantId(), n), List.of(), null, model);
    }

    @PostMapping("/pengaturan/pesan/{notice}")
    String save(@PathVariable String notice, @RequestParam(defaultValue = "") String subjectId,
            @RequestParam(defaultValue = "") String bodyId, @RequestParam(defaultValue = "") String subjectEn,
            @RequestParam(defaultValue = "") String bodyEn, @RequestParam(defaultValue = "simpan") String aksi,
            Model model, RedirectAttributes redirect) {
        StaffPrincipal me = admin();
        Notice n = noticeOf(notice);
        Map<NoticeLanguage, NoticeText> texts = new EnumMap<>(NoticeLanguage.class);
        texts.put(NoticeLanguage.ID, new NoticeText(subjectId, bodyId));
        texts.put(NoticeLanguage.EN, new NoticeText(subjectEn, bodyEn));
        List<TemplateProblem> problems = TemplateRules.check(n, texts);
        if (!problems.isEmpty()) {
            return form(n, texts, problems, null, model);
        }
        if ("pratinjau".equals(aksi)) {
            return form(n, texts, problems, NoticeRenderer.render(texts, NoticeSamples.of(n)), model);
        }
        templates.save(me.tenantId(), n, texts, me.getUsername());
        audit.record(me.tenantId().value(), me.getUsername(), "notice.template.saved", n.code(),
                "subject id: " + texts.get(NoticeLanguage.ID).subject() + "; subject en: "
                        + texts.get(NoticeLanguage.EN).subject() + "; body " + texts.get(NoticeLanguage.ID).body().length()
                        + "/" + texts.get(NoticeLanguage.EN).body().length() + " characters");
        redirect.addFlashAttribute("success", "notice.template.saved");
        return "redirect:/pengaturan/pesan/" + n.code();
    }

    @PostMapping("/pengaturan/pesan/{notice}/bawaan")
    String reset(@PathVariable String notice, RedirectAttributes redirect) {
        StaffPrincipal me = admin();
        Notice n = noticeOf(notice);
        if (templates.reset(me.tenantId(), n) > 0) {
            audit.record(me.tenantId().value(), me.getUsername(), "notice.template.reset", n.code(), "default text");
        }
        redirect.addFlashAttribute("success", "notice.template.resetDone");
        return "redirect:/pengaturan/pesan/" + n.code();
    }

    private String form(Notice notice, Map<NoticeLanguage, NoticeText> texts, List<TemplateProblem> problems,
            RenderedNotice preview, Model model) {
        model.addAttribute("notice", notice);
        model.addAttribute("textId", texts.get(NoticeLanguage.ID));
        model.addAttribute("textEn", texts.get(NoticeLanguage.EN));
        model.addAttribute("problems", problems.stream()
                .map(p -> p.text(messages, LocaleContextHolder.getLocale()))
                .toList());
        model.addAttribute("preview", preview);
        return "notify/template";
    }

    private StaffPrincipal admin() {
        StaffPrincipal me = currentStaff.get();
        if (!me.admin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return me;
    }

    private static Notice noticeOf(String code) {
        return Notice.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
