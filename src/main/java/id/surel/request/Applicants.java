package id.surel.request;

import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the applicant's part of a form ({@link ApplicantForm}) the same way for every form: a name with letters, a
 * valid NIP, an agency of this government, a contact address. Each problem is reported on its field with a message key.
 */
@Component
public class Applicants {

    private static final Pattern CONTACT = Pattern.compile("[^@\\s]{1,64}@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    private static final int MAX_NAME = 120;

    private final Tenants tenants;

    Applicants(Tenants tenants) {
        this.tenants = tenants;
    }

    /** A checked applicant: the name and contact trimmed, the NIP parsed. */
    public record Applicant(String name, Nip nip, String contactEmail) {
    }

    /** The applicant when all four fields are right; otherwise empty, with each problem reported on its field. */
    public Optional<Applicant> check(Tenant tenant, ApplicantForm form, Errors errors) {
        boolean valid = true;
        String name = trim(form.getApplicantName());
        if (name == null || !name.matches(".*\\p{L}.*") || name.length() > MAX_NAME) {
            errors.rejectValue("applicantName", "request.applicantName.invalid");
            valid = false;
        }
        Nip nip = null;
        try {
            nip = new Nip(form.getApplicantNip());
        } catch (InvalidNipException e) {
            errors.rejectValue("applicantNip", e.code());
            valid = false;
        }
        if (form.getUnitCode() == null || tenants.unit(tenant.id(), form.getUnitCode()).isEmpty()) {
            errors.rejectValue("unitCode", "request.unit.unknown");
            valid = false;
        }
        String contact = trim(form.getContactEmail());
        if (contact == null || !CONTACT.matcher(contact).matches()) {
            errors.rejectValue("contactEmail", "request.contactEmail.invalid");
            valid = false;
        }
        return valid ? Optional.of(new Applicant(name, nip, contact)) : Optional.empty();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
