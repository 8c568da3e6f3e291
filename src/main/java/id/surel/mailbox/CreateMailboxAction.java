package id.surel.mailbox;

import id.surel.audit.AuditLog;
import id.surel.sop.SystemAction;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.ActionContext;
import id.surel.workflow.ActionFailedException;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.SystemActionHandler;
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
    private final MailboxIssuer issuer;
    private final Tenants tenants;
    private final AuditLog audit;

    CreateMailboxAction(MailDirectories directories, MailAccounts accounts, MailboxIssuer issuer, Tenants tenants,
            AuditLog audit) {
        this.directories = directories;
        this.accounts = accounts;
        this.issuer = issuer;
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
        try {
            issuer.issue(tenant, directory, account, new MailboxIssuer.Recipient(request.applicantName(),
                    request.contactEmail(), request.trackingNumber()));
            accounts.markMailboxCreated(account.id());
            accounts.markCredentialDelivered(account.id());
            audit.record(tenant.id().value(), "sistem", "credential.issued", address.toString(),
                    "initial password sent once to the applicant's contact address; request " + request.trackingNumber());
        } catch (MailDirectoryException e) {
            throw new ActionFailedException("Server mail: " + e.getMessage(), e.retryable(), e);
        } catch (MailException e) {
            throw new ActionFailedException("Pengiriman e-mail gagal / sending e-mail failed: " + e.getMessage(), true, e);
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
}
