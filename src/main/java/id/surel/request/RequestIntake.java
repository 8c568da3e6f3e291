package id.surel.request;

import id.surel.mailbox.AddressAvailability;
import id.surel.mailbox.AddressProposals;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.LocalPartPolicy;
import id.surel.mailbox.MailAccounts;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.tenant.Unit;
import id.surel.workflow.Letter;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a request form field by field (each problem is reported next to its field, with a message key) and turns a
 * valid one into a {@link NewRequest}: the owner, and an address that is free on the mail platform.
 */
@Service
public class RequestIntake {

    static final long MAX_LETTER_BYTES = 5L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final Pattern CONTACT = Pattern.compile("[^@\\s]{1,64}@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");

    private final Tenants tenants;
    private final MailAccounts accounts;
    private final AddressAvailability availability;
    private final AddressProposals proposals;

    RequestIntake(Tenants tenants, MailAccounts accounts, AddressAvailability availability,
            AddressProposals proposals) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.availability = availability;
        this.proposals = proposals;
    }

    public Optional<NewRequest> check(Tenant tenant, RequestForm form, Errors errors) {
        String name = trim(form.getApplicantName());
        if (name == null || !name.matches(".*\\p{L}.*") || name.length() > 120) {
            errors.rejectValue("applicantName", "request.applicantName.invalid");
        }
        Nip nip = nip(form.getApplicantNip(), errors);
        if (form.getUnitCode() == null || tenants.unit(tenant.id(), form.getUnitCode()).isEmpty()) {
            errors.rejectValue("unitCode", "request.unit.unknown");
        }
        RequestType type = form.getType() == null ? RequestType.PERSONAL : form.getType();
        String accountName = type == RequestType.PERSONAL ? name : trim(form.getAccountName());
        if (type != RequestType.PERSONAL && (accountName == null || !accountName.matches(".*\\p{L}.*"))) {
            errors.rejectValue("accountName", "request.accountName.required");
        }
        String contact = trim(form.getContactEmail());
        if (contact == null || !CONTACT.matcher(contact).matches()) {
            errors.rejectValue("contactEmail", "request.contactEmail.invalid");
        }
        Letter letter = letter(form.getLetter(), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String ownerKey = ownerKey(type, nip, form.getUnitCode(), accountName);
        String ownerField = type == RequestType.PERSONAL ? "applicantNip" : "accountName";
        Optional<String> existing = accounts.activeForOwner(tenant.id().value(), ownerKey).map(a -> a.address());
        if (existing.isPresent()) {
            errors.rejectValue(ownerField, "request.owner.hasAccount", new Object[] {existing.get()}, null);
            return Optional.empty();
        }
        Optional<EmailAddress> address = address(tenant, type, form, accountName, errors);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewRequest(tenant.id(), type, name, nip.value(), form.getUnitCode(), accountName,
                contact, address.get().toString(), ownerKey, letter));
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
        Optional<EmailAddress> address = switch (type) {
            case PERSONAL -> proposals.forPerson(tenantId, tenant.domain(), accountName, form.getUnitCode());
            case UNIT -> proposals.forUnit(tenantId, tenant.domain(), form.getUnitCode(),
                    tenants.unit(tenant.id(), form.getUnitCode()).map(Unit::name).orElse(null));
            case EVENT -> proposals.forEvent(tenantId, tenant.domain(), accountName, form.getUnitCode());
        };
        if (address.isEmpty()) {
            errors.rejectValue("proposedLocalPart", "request.localPart.required");
        }
        return address;
    }

    private static Nip nip(String text, Errors errors) {
        try {
            return new Nip(text);
        } catch (InvalidNipException e) {
            errors.rejectValue("applicantNip", e.code());
            return null;
        }
    }

    private static Letter letter(MultipartFile file, Errors errors) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue("letter", "request.letter.required");
            return null;
        }
        if (file.getSize() > MAX_LETTER_BYTES) {
            errors.rejectValue("letter", "request.letter.tooLarge");
            return null;
        }
        try {
            byte[] content = file.getBytes();
            if (content.length < PDF_MAGIC.length
                    || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
                errors.rejectValue("letter", "request.letter.notPdf");
                return null;
            }
            String fileName = file.getOriginalFilename() == null ? "surat-permohonan.pdf" : file.getOriginalFilename();
            return new Letter(fileName, "application/pdf", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ownerKey(RequestType type, Nip nip, String unitCode, String accountName) {
        return switch (type) {
            case PERSONAL -> "nip:" + nip.value();
            case UNIT -> "unit:" + unitCode;
            case EVENT -> "event:" + LocalPartPolicy.fromName(accountName);
        };
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
