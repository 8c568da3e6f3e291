package id.surel.lifecycle;

import id.surel.request.InvalidNipException;
import id.surel.request.Nip;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopService;
import id.surel.tenant.Tenant;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Submission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks an owner's lifecycle request and starts it on the tenant's SOP of that service. The account must be the
 * tenant's and the NIP its holder's; when either is wrong the answer is the same, so the form tells nobody which
 * addresses exist. The request's contact is the holder's recorded one, never an address typed into the form.
 */
@Service
class LifecycleIntake {

    static final int MAX_QUOTA_MB = 1_048_576;
    private static final Pattern CONTACT = Pattern.compile("[^@\\s]{1,64}@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    private static final Set<String> OPEN = Set.of("ACTIVE");
    private static final Set<String> CLOSABLE = Set.of("ACTIVE", "SUSPENDED");

    private final SopCatalog catalog;
    private final Holders holders;
    private final AccountChanges changes;
    private final RequestEngine engine;

    LifecycleIntake(SopCatalog catalog, Holders holders, AccountChanges changes, RequestEngine engine) {
        this.catalog = catalog;
        this.holders = holders;
        this.changes = changes;
        this.engine = engine;
    }

    /** The services this tenant offers: those it has an active SOP definition for. */
    List<SopService> services(Tenant tenant) {
        return catalog.activeServices(tenant.id().value());
    }

    /** A checked request ready to start, with the holder it was verified for. */
    record Checked(SopService service, Holder holder, AccountChange change) {
    }

    Optional<Checked> check(Tenant tenant, LifecycleForm form, Errors errors) {
        SopService service = SopService.fromCode(trim(form.getService()))
                .filter(services(tenant)::contains)
                .orElse(null);
        if (service == null) {
            errors.rejectValue("service", "lifecycle.service.unknown");
        }
        String address = address(tenant, form.getAddress());
        if (address == null) {
            errors.rejectValue("address", "lifecycle.address.required");
        }
        Nip nip = nip(form.getNip(), "nip", errors);
        Integer quota = service == SopService.QUOTA_CHANGE ? quota(form.getQuotaMb(), errors) : null;
        CloseMode mode = null;
        AccountChange.Successor successor = null;
        if (service == SopService.CLOSE) {
            mode = CloseMode.fromCode(trim(form.getCloseMode())).orElse(null);
            if (mode == null) {
                errors.rejectValue("closeMode", "lifecycle.closeMode.unknown");
            } else if (mode == CloseMode.HANDED_OVER) {
                successor = successor(form, errors);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Optional<Holder> holder = holders.verify(tenant.id().value(), address, nip.value());
        if (holder.isEmpty()) {
            errors.reject("lifecycle.account.notVerified");
            return Optional.empty();
        }
        String status = holder.get().status();
        if (!(service == SopService.CLOSE ? CLOSABLE : OPEN).contains(status)) {
            errors.reject("lifecycle.account.status." + status.toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        if (successor != null && successor.nip().equals(holder.get().nip())) {
            errors.rejectValue("successorNip", "lifecycle.successor.self");
            return Optional.empty();
        }
        return Optional.of(new Checked(service, holder.get(), new AccountChange(null, tenant.id().value(),
                holder.get().accountId(), service, quota, mode, successor, null)));
    }

    /** Starts the request on the service's SOP and records what it changes, in one transaction. */
    @Transactional
    Submission start(Tenant tenant, Checked checked) {
        Holder h = checked.holder();
        AccountChange c = checked.change();
        Submission submission = engine.submit(new NewRequest(tenant.id(), checked.service().code(), h.name(), h.nip(),
                h.unitCode(), h.name(), h.contact(), h.address(), h.ownerKey(), List.of(), shown(c), null),
                checked.service());
        changes.insert(new AccountChange(submission.requestId(), c.tenantId(), c.mailAccountId(), c.service(),
                c.quotaMb(), c.closeMode(), c.successor(), null));
        return submission;
    }

    /** What staff see on the request page to decide on it (the quota asked, the successor to verify). */
    private static Map<String, String> shown(AccountChange c) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (c.quotaMb() != null) {
            fields.put("quota-mb", c.quotaMb() + " MB");
        }
        if (c.closeMode() != null) {
            fields.put("close-mode", c.closeMode().code());
        }
        if (c.successor() != null) {
            fields.put("successor-name", c.successor().name());
            fields.put("successor-nip", c.successor().nip());
            fields.put("successor-contact", c.successor().contact());
        }
        return fields;
    }

    private static AccountChange.Successor successor(LifecycleForm form, Errors errors) {
        String name = trim(form.getSuccessorName());
        if (name == null || !name.matches(".*\\p{L}.*") || name.length() > 120) {
            errors.rejectValue("successorName", "lifecycle.successorName.invalid");
        }
        Nip nip = nip(form.getSuccessorNip(), "successorNip", errors);
        String contact = trim(form.getSuccessorContact());
        if (contact == null || !CONTACT.matcher(contact).matches()) {
            errors.rejectValue("successorContact", "request.contactEmail.invalid");
        }
        return errors.hasErrors() ? null : new AccountChange.Successor(name, nip.value(), contact);
    }

    private static Integer quota(String text, Errors errors) {
        try {
            int mb = Integer.parseInt(trim(text) == null ? "" : trim(text));
            if (mb >= 1 && mb <= MAX_QUOTA_MB) {
                return mb;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue("quotaMb", "lifecycle.quota.invalid", new Object[] {MAX_QUOTA_MB}, null);
        return null;
    }

    /** The full address; a bare local part is taken to be on the tenant's domain. */
    private static String address(Tenant tenant, String text) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        value = value.toLowerCase(Locale.ROOT);
        return value.contains("@") ? value : value + "@" + tenant.domain();
    }

    private static Nip nip(String text, String field, Errors errors) {
        try {
            return new Nip(text);
        } catch (InvalidNipException e) {
            errors.rejectValue(field, e.code());
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
