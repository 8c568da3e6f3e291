package id.surel.notify;

import id.surel.calendar.TenantTime;
import id.surel.sop.Step;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.StaffMember;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.InboxRow;
import id.surel.workflow.OutboxJob;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Worklist;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Your turn": tells a staff member that a request has entered a step of an actor they hold (or cover for) — what it
 * is, by when, and the link to its page. Never a tracking token or password. Skipped when the request has already
 * left that step by the time the job runs, or the recipient no longer has an enabled account with an address.
 */
@Component
class TurnNotice {

    private final Mailer mailer;
    private final NoticeRenderer renderer;
    private final StaffDirectory staff;
    private final Tenants tenants;
    private final Worklist worklist;
    private final RequestEngine engine;
    private final PublicUrl urls;
    private final Notices notices;

    TurnNotice(Mailer mailer, NoticeRenderer renderer, StaffDirectory staff, Tenants tenants, Worklist worklist,
            RequestEngine engine, PublicUrl urls, Notices notices) {
        this.mailer = mailer;
        this.renderer = renderer;
        this.staff = staff;
        this.tenants = tenants;
        this.worklist = worklist;
        this.engine = engine;
        this.urls = urls;
        this.notices = notices;
    }

    void send(OutboxJob job) {
        Optional<StaffMember> recipient = staff.findById(job.tenantId(), job.recipientStaffId())
                .filter(s -> s.enabled() && s.email() != null);
        Optional<InboxRow> row = worklist.row(job.tenantId(), job.requestId())
                .filter(r -> r.request().status() == RequestStatus.IN_PROGRESS
                        && r.request().currentStep().equals(job.stepId()));
        if (recipient.isEmpty() || row.isEmpty()) {
            return;
        }
        RequestRecord request = row.get().request();
        Tenant tenant = tenants.get(job.tenantId());
        Step step = engine.definitionOf(request).step(job.stepId());
        Object none = notices.bilingual("notice.none");
        RenderedNotice notice = renderer.render(tenant.id(), Notice.YOUR_TURN, Map.of(
                "staffName", recipient.get().fullName(),
                "trackingNumber", request.trackingNumber(),
                "applicantName", request.applicantName(),
                "unit", unitOf(tenant, request),
                "step", row.get().step(),
                "timeStandard", step.time() == null ? none : step.time().text(),
                "dueAt", request.stepTimes().dueAt() == null ? none
                        : TenantTime.SHOWN.withZone(tenant.zone()).format(request.stepTimes().dueAt()),
                "requestLink", urls.of("/permohonan/{id}", request.id()),
                "tenantName", tenant.name()));
        mailer.send("no-reply@" + tenant.domain(), recipient.get().email(), notice.subject(), notice.body());
    }

    private String unitOf(Tenant tenant, RequestRecord request) {
        return tenants.unit(tenant.id(), request.unitCode()).map(u -> u.code() + " — " + u.name())
                .orElse(request.unitCode());
    }
}
