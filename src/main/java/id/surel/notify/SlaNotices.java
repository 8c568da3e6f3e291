package id.surel.notify;

import id.surel.calendar.TenantTime;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.SlaFlag;
import id.surel.workflow.StepLate;
import id.surel.workflow.StepNearlyDue;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails the staff whose role must act when their step is near due or late, and the role it is escalated to. Sent
 * after the flag is committed; a mail lost to a crash in between still leaves the flag in the inbox.
 */
@Component
class SlaNotices {

    private static final Logger log = LoggerFactory.getLogger(SlaNotices.class);
    private static final DateTimeFormatter WHEN = TenantTime.SHOWN;

    private final Mailer mailer;
    private final Notices notices;
    private final StaffDirectory staff;
    private final Tenants tenants;

    SlaNotices(Mailer mailer, Notices notices, StaffDirectory staff, Tenants tenants) {
        this.mailer = mailer;
        this.notices = notices;
        this.staff = staff;
        this.tenants = tenants;
    }

    @TransactionalEventListener
    void nearlyDue(StepNearlyDue event) {
        send(event.step(), event.step().actorId(), "notice.nearlyDue");
    }

    @TransactionalEventListener
    void late(StepLate event) {
        send(event.step(), event.step().actorId(), "notice.late");
        if (event.step().escalateTo() != null) {
            send(event.step(), event.step().escalateTo(), "notice.escalated");
        }
    }

    private void send(SlaFlag flag, String actorId, String code) {
        Tenant tenant = tenants.get(flag.tenantId());
        String due = WHEN.withZone(tenant.zone()).format(flag.dueAt());
        for (String email : staff.emailsActingAs(flag.tenantId(), actorId)) {
            try {
                mailer.send("no-reply@" + tenant.domain(), email, notices.subject(code + ".subject", flag.trackingNumber()),
                        notices.body(code + ".body", flag.trackingNumber(), flag.stepId(), due));
            } catch (MailException e) {
                log.warn("SLA notice {} for {} to {} not sent: {}", code, flag.trackingNumber(), email, e.getMessage());
            }
        }
    }
}
