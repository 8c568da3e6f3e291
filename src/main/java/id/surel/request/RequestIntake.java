package id.surel.request;

import id.surel.mailbox.AddressAvailability;
import id.surel.mailbox.AddressProposals;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.LocalPartPolicy;
import id.surel.mailbox.MailAccounts;
import id.surel.request.Applicants.Applicant;
import id.surel.sop.RequestField;
import id.surel.sop.RequestType;
import id.surel.sop.RequiredDocument;
import id.surel.sop.SopCatalog;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.tenant.Unit;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Checks a request form field by field (each problem is reported next to its field, with a message key) against the
 * request type the applicant chose from the tenant's active SOP definition, and turns a valid one into a
 * {@link NewRequest}: the type's fields and documents, the owner, and an address that is free on the mail platform.
 */
@Service
public class RequestIntake {

    private final Tenants tenants;
    private final MailAccounts accounts;
    private final AddressAvailability availability;
    private final AddressProposals proposals;
    private final SopCatalog catalog;
    private final UploadedFiles files;
    private final Applicants applicants;

    RequestIntake(Tenants tenants, MailAccounts accounts, AddressAvailability availability,
            AddressProposals proposals, SopCatalog catalog, UploadedFiles files, Applicants applicants) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.availability = availability;
        this.proposals = proposals;
        this.catalog = catalog;
        this.files = files;
        this.applicants = applicants;
    }

    /** The request types the tenant's active SOP accepts, in the definition's order. */
    public List<RequestType> requestTypes(Tenant tenant) {
        return catalog.active(tenant.id().value()).definition().requestTypes();
    }

    /** Checks a request the applicant sent. */
    public Optional<NewRequest> check(Tenant tenant, RequestForm form, Errors errors) {
        return check(tenant, form, errors, null);
    }

    /** Checks a request; {@code enteredBy} is the clerk typing it for a walk-in applicant, null for the applicant. */
    public Optional<NewRequest> check(Tenant tenant, RequestForm form, Errors errors, String enteredBy) {
        List<RequestType> types = requestTypes(tenant);
        RequestType type = types.stream().filter(t -> t.id().equals(form.getType())).findFirst()
                .orElse(types.size() == 1 ? types.get(0) : null);
        if (type == null) {
            errors.rejectValue("type", "request.type.unknown");
        }
        Optional<Applicant> applicant = applicants.check(tenant, form, errors);
        if (type == null) {
            return Optional.empty();
        }
        Map<String, String> fields = fields(type, form, errors);
        List<RequestFile> documents = new ArrayList<>();
        for (RequiredDocument requirement : type.documents()) {
            files.check(requirement, form.getDocuments().get(requirement.id()), errors,
                    "documents[" + requirement.id() + "]").ifPresent(documents::add);
        }
        if (errors.hasErrors() || applicant.isEmpty()) {
            return Optional.empty();
        }
        String name = applicant.get().name();
        Nip nip = applicant.get().nip();
        String accountName = type.namesAccount() ? fields.get(RequestField.ACCOUNT_NAME) : name;
        String ownerKey = type.owner().ownerKey(switch (type.owner()) {
            case NIP -> nip.value();
            case UNIT -> form.getUnitCode();
            case ACCOUNT_NAME -> LocalPartPolicy.fromName(accountName);
        });
        String ownerField = switch (type.owner()) {
            case NIP -> "applicantNip";
            case UNIT -> "unitCode";
            case ACCOUNT_NAME -> "fields[" + RequestField.ACCOUNT_NAME + "]";
        };
        Optional<String> existing = accounts.activeForOwner(tenant.id().value(), ownerKey).map(a -> a.address());
        if (existing.isPresent()) {
            errors.rejectValue(ownerField, "request.owner.hasAccount", new Object[] {existing.get()}, null);
            return Optional.empty();
        }
        Optional<EmailAddress> address = address(tenant, type, form, accountName, errors);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewRequest(tenant.id(), type.id(), name, nip.value(), form.getUnitCode(), accountName,
                applicant.get().contactEmail(), address.get().toString(), ownerKey, documents, fields, enteredBy));
    }

    private static Map<String, String> fields(RequestType type, RequestForm form, Errors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> values = new LinkedHashMap<>();
        for (RequestField field : type.fields()) {
            String value = trim(form.getFields().get(field.id()));
            String path = "fields[" + field.id() + "]";
            String label = field.label().in(locale);
            if (value == null) {
                if (field.required()) {
                    errors.rejectValue(path, "request.field.required", new Object[] {label}, null);
                }
            } else if (value.length() > field.maxLength()) {
                errors.rejectValue(path, "request.field.tooLong", new Object[] {label, field.maxLength()}, null);
            } else if (!value.matches(".*[\\p{L}\\p{N}].*")) {
                errors.rejectValue(path, "request.field.noText", new Object[] {label}, null);
            } else {
                values.put(field.id(), value);
            }
        }
        return values;
    }

    private Optional<EmailAddress> address(Tenant tenant, RequestType type, RequestForm form, String accountName,
            Errors errors) {
        String tenantId = tenant.id().value();
        String proposed = trim(form.getProposedLocalPart());
        if (proposed != null) {
            proposed = proposed.toLowerCase(Locale.ROOT);
            if (!LocalPartPolicy.isAcceptable(proposed) && !LocalPartPolicy.isReserved(proposed)) {
                errors.rejectValue("proposedLocalPart", "request.localPart.invalid");
                return Optional.empty();
            }
            EmailAddress address = new EmailAddress(proposed, tenant.domain());
            Optional<AddressAvailability.Problem> problem = availability.problem(tenantId, address, null);
            if (problem.isPresent()) {
                errors.rejectValue("proposedLocalPart", problem.get() == AddressAvailability.Problem.RESERVED
                        ? "request.localPart.reserved" : "request.localPart.taken", new Object[] {address}, null);
                return Optional.empty();
            }
            return Optional.of(address);
        }
        Optional<EmailAddress> address = switch (type.owner()) {
            case NIP -> proposals.forPerson(tenantId, tenant.domain(), accountName, form.getUnitCode());
            case UNIT -> proposals.forUnit(tenantId, tenant.domain(), form.getUnitCode(),
                    tenants.unit(tenant.id(), form.getUnitCode()).map(Unit::name).orElse(null));
            case ACCOUNT_NAME -> proposals.forEvent(tenantId, tenant.domain(), accountName, form.getUnitCode());
        };
        if (address.isEmpty()) {
            errors.rejectValue("proposedLocalPart", "request.localPart.required");
        }
        return address;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
