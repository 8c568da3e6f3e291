package id.surel.request.bulk;

import id.surel.audit.AuditLog;
import id.surel.request.InvalidNipException;
import id.surel.request.Nip;
import id.surel.request.RequestIntake;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import id.surel.workflow.Letter;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestType;
import id.surel.workflow.Submission;
import id.surel.workflow.TrackingTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Turns an agency's upload into a bulk request: the sender's fields and the letter are checked like a single request,
 * the staff list row by row; the batch (every row with its result) and, when any row is valid, one request carrying
 * the letter through the SOP are stored in one transaction.
 */
@Service
class BulkIntake {

    private static final Pattern CONTACT = Pattern.compile("[^@\\s]{1,64}@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");

    private final Tenants tenants;
    private final StaffListCheck check;
    private final Batches batches;
    private final RequestEngine engine;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final BulkSettings settings;
    private final Clock clock;

    BulkIntake(Tenants tenants, StaffListCheck check, Batches batches, RequestEngine engine,
            TransactionTemplate transaction, AuditLog audit, BulkSettings settings, Clock clock) {
        this.tenants = tenants;
        this.check = check;
        this.batches = batches;
        this.engine = engine;
        this.transaction = transaction;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an accepted upload became: the private report token, and the request's submission if one started. */
    record Upload(String reportToken, Optional<Submission> submission, int rows, int valid) {
    }

    /** Checks and stores an upload; empty (with {@code errors} filled) when the form or the file as a whole is refused. */
    Optional<Upload> upload(Tenant tenant, BulkForm form, String uploadedBy, Errors errors) {
        String name = trim(form.getApplicantName());
        if (name == null || !name.matches(".*\\p{L}.*") || name.length() > 120) {
            errors.rejectValue("applicantName", "request.applicantName.invalid");
        }
        Nip nip = nip(form.getApplicantNip(), errors);
        if (form.getUnitCode() == null || tenants.unit(tenant.id(), form.getUnitCode()).isEmpty()) {
            errors.rejectValue("unitCode", "request.unit.unknown");
        }
        String contact = trim(form.getContactEmail());
        if (contact == null || !CONTACT.matcher(contact).matches()) {
            errors.rejectValue("contactEmail", "request.contactEmail.invalid");
        }
        Letter letter = RequestIntake.letter(form.getLetter(), errors);
        List<StaffRow> rows = staffList(form, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        List<CheckedRow> checked = check.check(tenant, form.getUnitCode(), rows);
        int valid = (int) checked.stream().filter(CheckedRow::valid).count();
        String fileName = form.getStaffList().getOriginalFilename() == null ? "daftar-pegawai"
                : form.getStaffList().getOriginalFilename();
        String token = TrackingTokens.newToken();
        UUID batchId = UUID.randomUUID();
        Optional<Submission> submission = transaction.execute(status -> {
            Optional<Submission> started = valid == 0 ? Optional.empty()
                    : Optional.of(engine.submit(new NewRequest(tenant.id(), RequestType.UNIT, name, nip.value(),
                            form.getUnitCode(), "Permohonan kolektif " + valid + " pegawai", contact,
                            valid + " akun (kolektif " + batchId + ")", "batch:" + batchId, letter)));
            batches.insert(new Batch(batchId, tenant.id(), started.map(Submission::requestId).orElse(null), fileName,
                    form.getUnitCode(), contact, rows.size(), valid, uploadedBy, clock.instant(), null),
                    TrackingTokens.hash(token));
            batches.insertRows(batchId, tenant.id(), checked);
            audit.record(tenant.id().value(), uploadedBy == null ? "pemohon" : uploadedBy, "bulk.uploaded",
                    started.map(Submission::trackingNumber).orElse(batchId.toString()),
                    fileName + ": " + rows.size() + " rows, " + valid + " valid");
            return started;
        });
        return Optional.of(new Upload(token, submission, rows.size(), valid));
    }

    private List<StaffRow> staffList(BulkForm form, Errors errors) {
        var file = form.getStaffList();
        if (file == null || file.isEmpty()) {
            errors.rejectValue("staffList", "bulk.file.required");
            return List.of();
        }
        if (file.getSize() > settings.maxFileBytes()) {
            errors.rejectValue("staffList", "bulk.file.tooLarge", new Object[] {settings.maxFileBytes() / (1024 * 1024)},
                    null);
            return List.of();
        }
        try {
            return StaffList.read(file.getBytes(), settings.maxRows());
        } catch (StaffListException e) {
            errors.rejectValue("staffList", e.code(), e.args(), null);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Nip nip(String text, Errors errors) {
        try {
            return new Nip(text);
        } catch (InvalidNipException e) {
            errors.rejectValue("applicantNip", e.code());
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
