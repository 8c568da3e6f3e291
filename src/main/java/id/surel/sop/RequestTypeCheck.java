package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The request types and what each requires: ids that can name form fields, labels in both languages, an owner, file
 * kinds Surel can recognise by content, sane size limits; and clerks that are staff actors of this definition.
 */
final class RequestTypeCheck implements DefinitionCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_FIELD_LENGTH = 2000;

    @Override
    public void check(SopDefinition d, Problems problems) {
        if (d.requestTypes().isEmpty()) {
            problems.add("tidak ada jenis permohonan ('requestTypes')", "no request types ('requestTypes')");
        }
        unique(d.requestTypes(), RequestType::id, "jenis permohonan", "request type", "", "", problems);
        for (RequestType type : d.requestTypes()) {
            checkType(type, problems);
        }
        for (String clerk : d.clerks()) {
            Actor actor = clerk == null ? null : d.findActor(clerk).orElse(null);
            if (actor == null) {
                problems.add("petugas pencatat ('clerks') '" + clerk + "' bukan pelaksana yang dikenal",
                        "clerk ('clerks') '" + clerk + "' is not a known actor");
            } else if (actor.applicant()) {
                problems.add("petugas pencatat ('clerks') '" + clerk + "' adalah pemohon, bukan petugas",
                        "clerk ('clerks') '" + clerk + "' is an applicant, not staff");
            }
        }
    }

    private static void checkType(RequestType type, Problems problems) {
        String id = type.id();
        String whereId = "jenis permohonan '" + id + "': ";
        String whereEn = "request type '" + id + "': ";
        if (blank(id) || !ID.matcher(id).matches()) {
            problems.add("id jenis permohonan '" + id + "' harus huruf kecil, angka dan tanda hubung (mis. 'pribadi')",
                    "request type id '" + id + "' must be lowercase letters, digits and hyphens (e.g. 'pribadi')");
        }
        label(type.label(), whereId, whereEn, problems);
        if (type.owner() == null && type.label() != null) {
            problems.add(whereId + "pemilik akun ('owner') belum diisi", whereEn + "'owner' is missing");
        }
        unique(type.fields(), RequestField::id, "isian", "field", whereId, whereEn, problems);
        for (RequestField field : type.fields()) {
            String fId = whereId + "isian '" + field.id() + "': ";
            String fEn = whereEn + "field '" + field.id() + "': ";
            if (blank(field.id()) || !ID.matcher(field.id()).matches()) {
                problems.add(fId + "id harus huruf kecil, angka dan tanda hubung", fEn + "the id must be lowercase "
                        + "letters, digits and hyphens");
            }
            label(field.label(), fId, fEn, problems);
            if (field.maxLength() < 1 || field.maxLength() > MAX_FIELD_LENGTH) {
                problems.add(fId + "'maxLength' harus 1 sampai " + MAX_FIELD_LENGTH,
                        fEn + "'maxLength' must be 1 to " + MAX_FIELD_LENGTH);
            }
        }
        if (type.owner() == OwnerKind.ACCOUNT_NAME
                && !type.field(RequestField.ACCOUNT_NAME).map(RequestField::required).orElse(false)) {
            problems.add(whereId + "pemilik 'account-name' memerlukan isian wajib '" + RequestField.ACCOUNT_NAME + "'",
                    whereEn + "owner 'account-name' needs a required field '" + RequestField.ACCOUNT_NAME + "'");
        }
        unique(type.documents(), RequiredDocument::id, "dokumen", "document", whereId, whereEn, problems);
        for (RequiredDocument document : type.documents()) {
            checkDocument(document, whereId, whereEn, problems);
        }
    }

    private static void checkDocument(RequiredDocument document, String whereId, String whereEn, Problems problems) {
        String dId = whereId + "dokumen '" + document.id() + "': ";
        String dEn = whereEn + "document '" + document.id() + "': ";
        if (blank(document.id()) || !ID.matcher(document.id()).matches()) {
            problems.add(dId + "id harus huruf kecil, angka dan tanda hubung",
                    dEn + "the id must be lowercase letters, digits and hyphens");
        }
        if (RequiredDocument.PAPER_FORM.id().equals(document.id())) {
            problems.add(dId + "id ini dicadangkan untuk pindaian formulir kertas dari loket",
                    dEn + "this id is reserved for the scan of the paper form entered at the desk");
        }
        label(document.label(), dId, dEn, problems);
        if (document.contentTypes().isEmpty()) {
            problems.add(dId + "jenis berkas ('contentTypes') belum diisi", dEn + "'contentTypes' is missing");
        }
        String known = String.join(", ", RequiredDocument.KNOWN_CONTENT_TYPES);
        document.contentTypes().stream()
                .filter(t -> !RequiredDocument.KNOWN_CONTENT_TYPES.contains(t))
                .forEach(t -> problems.add(dId + "jenis berkas '" + t + "' tidak dikenal (pilihan: " + known + ")",
                        dEn + "unknown content type '" + t + "' (choose from: " + known + ")"));
        if (document.maxBytes() > RequiredDocument.LIMIT_MAX_BYTES) {
            problems.add(dId + "ukuran maksimum ('maxSize') paling besar 20 MB",
                    dEn + "the largest 'maxSize' allowed is 20 MB");
        }
    }

    private static void label(Label label, String whereId, String whereEn, Problems problems) {
        if (label == null || blank(label.id()) || blank(label.en())) {
            problems.add(whereId + "label dalam bahasa Indonesia dan Inggris ('label: {id: ..., en: ...}') belum "
                    + "lengkap", whereEn + "the label in Indonesian and English ('label: {id: ..., en: ...}') is "
                            + "incomplete");
        }
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String whatId, String whatEn,
            String whereId, String whereEn, Problems problems) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            if (value != null && !seen.add(value) && reported.add(value)) {
                problems.add(whereId + "id " + whatId + " '" + value + "' dipakai lebih dari sekali",
                        whereEn + whatEn + " id '" + value + "' is used more than once");
            }
        }
    }
}
