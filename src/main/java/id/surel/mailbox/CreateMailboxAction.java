package id.surel.mailbox;

import id.surel.audit.AuditLog;
import id.surel.notify.Mailer;
import id.surel.notify.Notices;
import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
import java.util.Arrays;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * {@code create-mailbox}: reserves the address in Surel's register, creates the mailbox on the mail platform with a
 * generated password, puts a welcome mail in it and sends the credential once to the applicant's contact address.
 * Safe to run again at any point: a reservation that already exists is this request's own, and a mailbox found on the
 * platform after it was reserved gets a fresh password instead of a second account. The password lives only in
 * memory for the length of this call.
 */
@Component
class CreateMailboxAction implements SystemActionHandler {

    private final MailDirectories directories;
    private final MailAccounts accounts;
    private final PasswordGenerator passwords;
    private final Mailer mailer;
    private final Notices notices;
    private final Tenants tenants;
    private final AuditLog audit;

    CreateMailboxAction(MailDirectories directories, MailAccounts accounts, PasswordGenerator passwords, Mailer mailer,
            Notices notices, Tenants tenants, AuditLog audit) {
        this.directories = directories;
        this.accounts = accounts;
        this.passwords = passwords;
        this.mailer = mailer;
        this.notices = notices;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Override
    public SystemAction action() {
        return SystemAction.CREATE_MAILBOX;
    }

    @Override
    public String run(ActionContext context) {
        RequestRecord request = context.request();
        Tenant tenant = tenants.get(request.tenantId());
        MailAccount account = accounts.forRequest(tenant.id().value(), request.id())
                .orElseGet(() -> reserve(request));
        if (account.credentialDeliveredAt() != null) {
            return "Akun " + account.address() + " sudah dibuat sebelumnya";
        }
        EmailAddress address = EmailAddress.of(account.address());
        MailDirectory directory = directories.forTenant(tenant.id().value());
        char[] password = passwords.generate();
        try {
            if (directory.find(address).isPresent()) {
                directory.setPassword(address, password);
            } else {
                directory.create(new NewMailbox(address, account.displayName(), account.ownerKey(), password));
            }
            accounts.markMailboxCreated(account.id());
            deliver(tenant, request, address, password);
            accounts.markCredentialDelivered(account.id());
            audit.record(tenant.id().value(), "sistem", "credential.issued", address.toString(),
                    "initial password sent once to the applicant's contact address; request " + request.trackingNumber());
        } catch (MailDirectoryException e) {
            throw new ActionFailedException("Server mail: " + e.getMessage(), e.retryable(), e);
        } catch (MailException e) {
            throw new ActionFailedException("Pengiriman e-mail gagal / sending e-mail failed: " + e.getMessage(), true, e);
        } finally {
            Arrays.fill(password, '\0');
        }
        return "Akun " + address + " dibuat; kata sandi awal dikirim ke " + request.contactEmail();
    }

    private MailAccount reserve(RequestRecord request) {
        String tenantId = request.tenantId().value();
        accounts.activeForOwner(tenantId, request.ownerKey()).ifPresent(existing -> {
            throw new ActionFailedException("Akun ganda ditolak: pemilik ini sudah memiliki " + existing.address()
                    + " / Duplicate account refused: this owner already has " + existing.address(), false);
        });
        EmailAddress address = EmailAddress.of(request.proposedAddress());
        MailDirectory directory = directories.forTenant(tenantId);
        if (directory.find(address).isPresent()) {
            throw new ActionFailedException("Alamat " + address + " sudah ada di server mail / already exists on the mail server",
                    false);
        }
        try {
            accounts.reserve(tenantId, address.toString(), request.ownerKey(), request.accountName(), request.id(),
                    directory.platformName());
        } catch (DuplicateKeyException e) {
            throw new ActionFailedException("Akun ganda ditolak: alamat atau pemilik sudah terdaftar"
                    + " / Duplicate account refused: address or owner already registered", false, e);
        }
        return accounts.forRequest(tenantId, request.id()).orElseThrow();
    }

    private void deliver(Tenant tenant, RequestRecord request, EmailAddress address, char[] password) {
        String from = "no-reply@" + tenant.domain();
        mailer.send(from, address.toString(), notices.subject("notice.welcome.subject", tenant.name()),
                notices.body("notice.welcome.body", request.accountName(), tenant.name()));
        mailer.send(from, request.contactEmail(), notices.subject("notice.credential.subject", request.trackingNumber()),
                notices.body("notice.credential.body", request.applicantName(), address.toString(),
                        new String(password), request.trackingNumber(), tenant.name()));
    }
}
