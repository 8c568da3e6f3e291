package id.surel.notify;

import id.surel.calendar.TenantCalendars;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.workflow.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the daily digests: for each tenant whose local time has passed the digest hour on one of its working days,
 * every staff member who wants a digest and has not had today's gets one outbox job. The claim (today's date on the
 * staff row) and the jobs are one transaction, so a rerun, a restart or a second node never sends twice; ShedLock
 * keeps the nodes from even trying at once.
 */
@Component
public class DigestJob {

    private final Tenants tenants;
    private final TenantCalendars calendars;
    private final StaffDirectory staff;
    private final Outbox outbox;
    private final NotifySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestJob(Tenants tenants, TenantCalendars calendars, StaffDirectory staff, Outbox outbox, NotifySettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.calendars = calendars;
        this.staff = staff;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${surel.notify.digest-check}")
    @SchedulerLock(name = "notice-digest", lockAtMostFor = "PT10M")
    public void scheduledRun() {
        run();
    }

    /** One pass at the clock's current time; returns how many digests it queued. */
    public int run() {
        Instant now = clock.instant();
        int queued = 0;
        for (TenantId tenant : staff.tenantsAwaitingDigest(now)) {
            ZonedDateTime local = now.atZone(tenants.get(tenant).zone());
            if (local.toLocalTime().isBefore(settings.digestAt())
                    || !calendars.forTenant(tenant).isWorkingDay(local.toLocalDate())) {
                continue;
            }
            queued += transactions.execute(tx -> {
                long[] ids = staff.claimDigests(tenant, local.toLocalDate());
                outbox.enqueueStaffNotices(tenant, Notice.DIGEST.code(), ids);
                return ids.length;
            });
        }
        return queued;
    }
}
