package id.surel.request.bulk;

import id.surel.audit.AuditLog;
import id.surel.request.Applicants;
import id.surel.request.Applicants.Applicant;
import id.surel.request.Nip;
import id.surel.request.UploadedFiles;
import id.surel.sop.Label;
import id.surel.sop.RequiredDocument;
import id.surel.tenant.Tenant;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestFile;
import id.surel.workflow.Submission;
import id.surel.workflow.TrackingTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * A bulk request's type: not one of the definition's request types (those describe a single applicant's form)
     * but the agency's letter for many staff, who are the batch's rows.
     */
    static final String TYPE = "kolektif";
    private static final RequiredDocument LETTER = new RequiredDocument("surat-permohonan",
            new Label("Surat permohonan (PDF)", "Request letter (PDF)"), true, List.of("application/pdf"),
            RequiredDocument.DEFAULT_MAX_BYTES);

    private final Applicants applicants;
    private final StaffListCheck check;
    private final Batches batches;
    private final RequestEngine engine;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final BulkSettings settings;
    private final Clock clock;
    private final UploadedFiles files;

    BulkIntake(Applicants applicants, StaffListCheck check, Batches batches, RequestEngine engine,
            TransactionTemplate transaction, AuditLog audit, BulkSettings settings, Clock clock, UploadedFiles files) {
        this.files = files;
        this.applicants = applicants;
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
        Optional<Applicant> applicant = applicants.check(tenant, form, errors);
        Optional<RequestFile> letter = files.check(LETTER, form.getLetter(), errors, "letter");
        List<StaffRow> rows = staffList(form, errors);
        if (errors.hasErrors() || applicant.isEmpty()) {
            return Optional.empty();
        }
        String name = applicant.get().name();
        Nip nip = applicant.get().nip();
        String contact = applicant.get().contactEmail();
        List<CheckedRow> checked = check.check(tenant, form.getUnitCode(), rows);
        int valid = (int) checked.stream().filter(CheckedRow::valid).count();
        String fileName = form.getStaffList().getOriginalFilename() == null ? "daftar-pegawai"
                : form.getStaffList().getOriginalFilename();
        String token = TrackingTokens.newToken();
        UUID batchId = UUID.randomUUID();
        Optional<Submission> submission = transaction.execute(status -> {
            Optional<Submission> started = valid == 0 ? Optional.empty()
                    : Optional.of(engine.submit(new NewRequest(tenant.id(), TYPE, name, nip.value(),
                            form.getUnitCode(), "Permohonan kolektif " + valid + " pegawai", contact,
                            valid + " akun (kolektif " + batchId + ")", "batch:" + batchId,
                            List.of(letter.orElseThrow(), staffListFile(form)), Map.of(), uploadedBy)));
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

    /** The uploaded list itself, kept with the request as the agency sent it. */
    private static RequestFile staffListFile(BulkForm form) {
        try {
            byte[] content = form.getStaffList().getBytes();
            boolean xlsx = content.length > 1 && content[0] == 'P' && content[1] == 'K';
            String name = form.getStaffList().getOriginalFilename();
            return new RequestFile("daftar-pegawai", name == null || name.isBlank() ? "daftar-pegawai" : name,
                    xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

}
