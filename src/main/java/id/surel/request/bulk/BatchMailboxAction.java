package id.surel.request.bulk;

import id.surel.audit.AuditLog;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailAccount;
import id.surel.mailbox.MailAccounts;
import id.surel.mailbox.MailDirectories;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailDirectoryException;
import id.surel.mailbox.MailboxIssuer;
import id.surel.notify.Mailer;
import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * {@code create-mailbox} for a bulk request: every valid row of the batch gets its mailbox, through the tenant's mail
 * directory, with its credential sent once to the member's own contact address. Progress lives in the batch's rows:
 * addresses are reserved in one batch, rows are claimed in chunks and marked done per chunk, so a job that stopped
 * (crash, lease lost, mail server down) continues with the rows still pending and never creates a mailbox twice (a
 * mailbox found for a reserved row gets a new password instead). A row that cannot be provisioned (its address or
 * owner taken since the upload) fails alone, with its reason in the report; the agency is told the result once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BatchMailboxAction implements SystemActionHandler {

    private final Batches batches;
    private final MailAccounts accounts;
    private final MailDirectories directories;
    private final MailboxIssuer issuer;
    private final Mailer mailer;
    private final BatchNotices notices;
    private final Tenants tenants;
    private final AuditLog audit;
    private final BulkSettings settings;
    private final Clock clock;

    BatchMailboxAction(Batches batches, MailAccounts accounts, MailDirectories directories, MailboxIssuer issuer,
            Mailer mailer, BatchNotices notices, Tenants tenants, AuditLog audit, BulkSettings settings, Clock clock) {
        this.batches = batches;
        this.accounts = accounts;
        this.directories = directories;
        this.issuer = issuer;
        this.mailer = mailer;
        this.notices = notices;
        this.tenants = tenants;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SystemAction action() {
        return SystemAction.CREATE_MAILBOX;
    }

    @Override
    public boolean handles(RequestRecord request) {
        return batches.existsForRequest(request.tenantId(), request.id());
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        Tenant tenant = tenants.get(request.tenantId());
        Batch batch = batches.findByRequest(tenant.id(), request.id()).orElseThrow();
        MailDirectory directory = directories.forTenant(tenant.id().value());
        Map<String, MailAccount> reserved = reserve(tenant, batch, request, directory);
        List<Batches.ClaimedRow> chunk;
        while (!(chunk = batches.claim(tenant.id(), batch.id(), settings.chunkSize(), settings.lease())).isEmpty()) {
            provision(tenant, batch, request, directory, reserved, chunk);
        }
        BatchProgress progress = batches.progress(tenant.id(), batch.id());
        if (!progress.finished()) {
            throw new ActionFailedException(progress.pending() + " baris masih dikerjakan proses lain / rows still"
                    + " being provisioned elsewhere", true);
        }
        if (batches.markResultSent(batch.id(), clock.instant())) {
            notices.result(tenant, batch, request.trackingNumber(), progress, batches.rows(tenant.id(), batch.id()));
        }
        audit.record(tenant.id().value(), "sistem", "bulk.provisioned", request.trackingNumber(),
                progress.done() + " created, " + progress.failed() + " failed");
        return progress.done() + " akun dibuat, " + progress.failed() + " gagal / " + progress.done()
                + " accounts created, " + progress.failed() + " failed";
    }

    /**
     * Reserves, in one batch, the address of every pending row that has none yet; a row whose address exists on the
     * platform or whose reservation collides (address or owner registered since the upload) fails.
     */
    private Map<String, MailAccount> reserve(Tenant tenant, Batch batch, RequestRecord request,
            MailDirectory directory) {
        String tenantId = tenant.id().value();
        Map<String, MailAccount> reserved = accounts.forRequestByOwner(tenantId, request.id());
        List<Batches.ClaimedRow> pending = batches.pending(tenant.id(), batch.id());
        List<MailAccounts.Reservation> wanted = new ArrayList<>();
        List<Batches.ClaimedRow> asked = new ArrayList<>();
        List<Batches.Failure> onServer = new ArrayList<>();
        for (Batches.ClaimedRow row : pending) {
            if (reserved.containsKey(row.ownerKey())) {
                continue;
            }
            if (directory.find(EmailAddress.of(row.address())).isPresent()) {
                onServer.add(new Batches.Failure(row.line(), "bulk.failed.onServer", row.address()));
            } else {
                wanted.add(new MailAccounts.Reservation(row.address(), row.ownerKey(), row.name()));
                asked.add(row);
            }
        }
        batches.markFailed(batch.id(), onServer, clock.instant());
        if (wanted.isEmpty()) {
            return reserved;
        }
        accounts.reserveAll(tenantId, request.id(), directory.platformName(), wanted);
        Map<String, MailAccount> now = accounts.forRequestByOwner(tenantId, request.id());
        batches.markFailed(batch.id(), asked.stream().filter(row -> !now.containsKey(row.ownerKey()))
                .map(row -> new Batches.Failure(row.line(), "bulk.failed.taken", row.address())).toList(),
                clock.instant());
        return now;
    }

    /**
     * Gives each row of the chunk its mailbox, then sends all their welcome and credential mails over one SMTP
     * connection. A row is done once both its mails went; the rest stay pending and, at the next try, get a new password
     * (the one in an unsent mail never reaches anyone).
     */
    private void provision(Tenant tenant, Batch batch, RequestRecord request, MailDirectory directory,
            Map<String, MailAccount> reserved, List<Batches.ClaimedRow> chunk) {
        List<Integer> done = new ArrayList<>();
        List<Batches.Failure> failed = new ArrayList<>();
        List<Created> created = new ArrayList<>();
        List<Mailer.Mail> mails = new ArrayList<>();
        RuntimeException stopped = null;
        for (Batches.ClaimedRow row : chunk) {
            MailAccount account = reserved.get(row.ownerKey());
            if (account == null) {
                failed.add(new Batches.Failure(row.line(), "bulk.failed.taken", row.address()));
            } else if (account.credentialDeliveredAt() != null) {
                done.add(row.line());
            } else {
                try {
                    List<Mailer.Mail> its = issuer.createMailbox(tenant, directory, account,
                            new MailboxIssuer.Recipient(row.name(), row.contactEmail(), request.trackingNumber()));
                    created.add(new Created(row.line(), account.id(), mails.size(), its.size()));
                    mails.addAll(its);
                } catch (MailDirectoryException e) {
                    if (e.retryable()) {
                        stopped = e;
                        break;
                    }
                    failed.add(new Batches.Failure(row.line(), "bulk.failed.directory", e.getMessage()));
                }
            }
        }
        List<Long> issued = new ArrayList<>();
        try {
            mailer.sendAll(mails);
            created.forEach(c -> {
                done.add(c.line());
                issued.add(c.accountId());
            });
        } catch (Mailer.NotAllSentException e) {
            created.stream().filter(c -> c.sent(e)).forEach(c -> {
                done.add(c.line());
                issued.add(c.accountId());
            });
            stopped = stopped == null ? e : stopped;
        } catch (MailException e) {
            stopped = stopped == null ? e : stopped;
        }
        batches.markFailed(batch.id(), failed, clock.instant());
        record(tenant, request, batch, done, issued);
        if (stopped != null) {
            batches.release(batch.id(), chunk.stream().map(Batches.ClaimedRow::line).toList());
            throw new ActionFailedException("Server mail / mail server: " + stopped.getMessage(), true, stopped);
        }
    }

    private void record(Tenant tenant, RequestRecord request, Batch batch, List<Integer> done, List<Long> issued) {
        if (!issued.isEmpty()) {
            accounts.markIssued(issued);
            audit.record(tenant.id().value(), "sistem", "credential.issued", request.trackingNumber(),
                    issued.size() + " bulk mailboxes; initial passwords sent once to each member's contact address");
        }
        batches.markDone(batch.id(), done, clock.instant());
    }

    /** A row whose mailbox now exists, with where its mails sit in the chunk's batch of mails. */
    private record Created(int line, long accountId, int firstMail, int mailCount) {

        boolean sent(Mailer.NotAllSentException e) {
            for (int i = firstMail; i < firstMail + mailCount; i++) {
                if (!e.sent(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
