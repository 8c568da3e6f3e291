package id.surel.notify;

import id.surel.calendar.TenantTime;
import id.surel.tenant.Delegations;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.StaffMember;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.InboxRow;
import id.surel.workflow.OutboxJob;
import id.surel.workflow.TimeLeft;
import id.surel.workflow.Worklist;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The daily digest of one staff member: the requests waiting on the actors they hold or cover for today, most urgent
 * first, with the working time left. Nothing waiting, no mail.
 */
@Component
class DigestNotice {

    static final int LISTED = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Mailer mailer;
    private final NoticeRenderer renderer;
    private final StaffDirectory staff;
    private final Delegations delegations;
    private final Tenants tenants;
    private final Worklist worklist;
    private final PublicUrl urls;
    private final Notices notices;
    private final Clock clock;

    DigestNotice(Mailer mailer, NoticeRenderer renderer, StaffDirectory staff, Delegations delegations,
            Tenants tenants, Worklist worklist, PublicUrl urls, Notices notices, Clock clock) {
        this.mailer = mailer;
        this.renderer = renderer;
        this.staff = staff;
        this.delegations = delegations;
        this.tenants = tenants;
        this.worklist = worklist;
        this.urls = urls;
        this.notices = notices;
        this.clock = clock;
    }

    void send(OutboxJob job) {
        Optional<StaffMember> recipient = staff.findById(job.tenantId(), job.recipientStaffId())
                .filter(s -> s.enabled() && s.email() != null);
        if (recipient.isEmpty()) {
            return;
        }
        StaffMember member = recipient.get();
        Tenant tenant = tenants.get(job.tenantId());
        LocalDate today = LocalDate.now(clock.withZone(tenant.zone()));
        Set<String> actors = new HashSet<>(member.actorIds());
        actors.addAll(delegations.actorsCoveredBy(tenant.id(), member.username(), today));
        List<InboxRow> rows = worklist.waitingFor(tenant.id(), actors, LISTED);
        if (rows.isEmpty()) {
            return;
        }
        DateTimeFormatter shown = TenantTime.SHOWN.withZone(tenant.zone());
        Object none = notices.bilingual("notice.none");
        List<Map<String, Object>> entries = rows.stream().map(row -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("trackingNumber", row.request().trackingNumber());
            entry.put("applicantName", row.request().applicantName());
            entry.put("unit", row.request().unitCode());
            entry.put("step", row.step());
            boolean timed = row.request().stepTimes().dueAt() != null;
            entry.put("timeLeft", timed ? timeLeft(row.timeLeft()) : none);
            entry.put("dueAt", timed ? shown.format(row.request().stepTimes().dueAt()) : none);
            entry.put("requestLink", urls.of("/permohonan/{id}", row.request().id()));
            return entry;
        }).toList();
        RenderedNotice notice = renderer.render(tenant.id(), Notice.DIGEST, Map.of(
                "staffName", member.fullName(),
                "tenantName", tenant.name(),
                "date", DAY.format(today),
                "count", String.valueOf(rows.size()),
                "inboxLink", urls.of("/kotak-masuk"),
                "requests", entries));
        mailer.send("no-reply@" + tenant.domain(), member.email(), notice.subject(), notice.body());
    }

    private Bilingual timeLeft(TimeLeft left) {
        return notices.bilingual(left.late() ? "notice.timeLate" : "notice.timeLeft", left.hours(), left.minutes());
    }
}
