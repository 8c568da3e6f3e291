package id.surel.sop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;

/**
 * The YAML shape of a definition file, words still as written; {@link #toDefinition} turns the words into model types
 * and reports those it cannot read. See docs/sop-format.md.
 */
record SopDocument(String key, Integer version, String service, IdentityEntry identity, List<ActorEntry> actors,
        List<StepEntry> steps, List<RequestTypeEntry> requestTypes, List<String> clerks) {

    record IdentityEntry(String number, String title, String organization, String created, String revised,
            String effective, String approvedBy, List<String> legalBasis, List<String> qualifications,
            List<String> relatedSops, List<String> equipment, List<String> warnings, List<String> recordKeeping,
            List<RevisionEntry> revisions, List<String> assumptions) {
    }

    private static final IdentityEntry NO_IDENTITY = new IdentityEntry(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    record RevisionEntry(String number, String date, String description) {
    }

    record ActorEntry(String id, String name, String lane, Boolean applicant) {
    }

    record StepEntry(String id, String number, String kind, String actor, String activity, List<String> inputs,
            String time, List<String> outputs, String action, String next, List<BranchEntry> branches,
            String escalateTo, BranchEntry ifFailed) {
    }

    record BranchEntry(String id, String label, String next, String outcome, String when) {
    }

    record LabelEntry(String id, String en) {
    }

    record RequestTypeEntry(String id, LabelEntry label, String owner, List<FieldEntry> fields,
            List<DocumentEntry> documents) {
    }

    record FieldEntry(String id, LabelEntry label, Boolean required, Integer maxLength) {
    }

    record DocumentEntry(String id, LabelEntry label, Boolean required, List<String> contentTypes, String maxSize) {
    }

    /** The shape of the file of request types used by a definition that lists none of its own. */
    record RequestTypesFile(List<RequestTypeEntry> requestTypes) {
    }

    /** @param defaultTypes the request types of a definition that lists none ({@code requestTypes} left out) */
    SopDefinition toDefinition(List<RequestTypeEntry> defaultTypes, Problems problems) {
        List<RequestTypeEntry> types = requestTypes == null ? defaultTypes : requestTypes;
        return new SopDefinition(key, version == null ? 0 : version, identity(problems),
                present(actors, "actors", null, problems).stream().map(SopDocument::actor).toList(),
                present(steps, "steps", null, problems).stream().map(s -> step(s, problems)).toList(),
                present(types, "requestTypes", null, problems).stream().map(t -> requestType(t, problems)).toList(),
                present(clerks, "clerks", null, problems).stream().map(SopDocument::blankToNull).toList(),
                service(problems));
    }

    private SopService service(Problems problems) {
        String code = blankToNull(service);
        if (code == null) {
            return SopService.NEW_ACCOUNT;
        }
        return SopService.fromCode(code).orElseGet(() -> {
            String known = Arrays.stream(SopService.values()).map(SopService::code).collect(Collectors.joining(", "));
            problems.unreadable(null, "service");
            problems.add("layanan ('service') '" + code + "' tidak dikenal (pilihan: " + known + ")",
                    "unknown 'service' '" + code + "' (choose from: " + known + ")");
            return null;
        });
    }

    private static RequestType requestType(RequestTypeEntry t, Problems problems) {
        String owner = blankToNull(t.owner);
        OwnerKind kind = owner == null ? null : OwnerKind.fromWord(owner).orElse(null);
        if (owner != null && kind == null) {
            String known = Arrays.stream(OwnerKind.values()).map(OwnerKind::word).collect(Collectors.joining(", "));
            problems.add("jenis permohonan '" + t.id + "': pemilik ('owner') '" + owner + "' tidak dikenal (pilihan: "
                    + known + ")", "request type '" + t.id + "': unknown 'owner' '" + owner + "' (choose from: "
                            + known + ")");
        }
        String where = "requestTypes." + t.id;
        List<RequestField> fields = present(t.fields, where + ".fields", null, problems).stream()
                .map(f -> new RequestField(blankToNull(f.id), label(f.label), Boolean.TRUE.equals(f.required),
                        f.maxLength == null ? RequestField.DEFAULT_MAX_LENGTH : f.maxLength))
                .toList();
        List<RequiredDocument> documents = present(t.documents, where + ".documents", null, problems).stream()
                .map(d -> new RequiredDocument(blankToNull(d.id), label(d.label), Boolean.TRUE.equals(d.required),
                        present(d.contentTypes, where + ".documents.contentTypes", null, problems),
                        size(t.id, d, problems)))
                .toList();
        return new RequestType(blankToNull(t.id), label(t.label), kind, fields, documents);
    }

    private static Label label(LabelEntry label) {
        return label == null ? null : new Label(blankToNull(label.id), blankToNull(label.en));
    }

    private static long size(String typeId, DocumentEntry d, Problems problems) {
        String text = blankToNull(d.maxSize);
        if (text == null) {
            return RequiredDocument.DEFAULT_MAX_BYTES;
        }
        try {
            return DataSize.parse(text.replace(" ", "").toUpperCase(Locale.ROOT)).toBytes();
        }
        catch (IllegalArgumentException e) {
            problems.add("jenis permohonan '" + typeId + "', dokumen '" + d.id + "': ukuran '" + text
                    + "' tidak dapat dibaca (contoh: '5 MB', '500 KB')", "request type '" + typeId + "', document '"
                            + d.id + "': cannot read size '" + text + "' (e.g. '5 MB', '500 KB')");
            return 0;
        }
    }

    private SopIdentity identity(Problems problems) {
        IdentityEntry i = identity == null ? NO_IDENTITY : identity;
        List<Revision> revisions = present(i.revisions, "identity.revisions", null, problems).stream()
                .map(r -> new Revision(r.number, date(r.date, "identity.revisions.date", problems), r.description))
                .toList();
        return new SopIdentity(i.number, i.title, i.organization,
                date(i.created, "identity.created", problems), date(i.revised, "identity.revised", problems),
                date(i.effective, "identity.effective", problems), i.approvedBy,
                present(i.legalBasis, "identity.legalBasis", null, problems),
                present(i.qualifications, "identity.qualifications", null, problems),
                present(i.relatedSops, "identity.relatedSops", null, problems),
                present(i.equipment, "identity.equipment", null, problems),
                present(i.warnings, "identity.warnings", null, problems),
                present(i.recordKeeping, "identity.recordKeeping", null, problems), revisions,
                present(i.assumptions, "identity.assumptions", null, problems));
    }

    private static Actor actor(ActorEntry a) {
        return new Actor(a.id, a.name, a.lane, Boolean.TRUE.equals(a.applicant));
    }

    private static Step step(StepEntry s, Problems problems) {
        List<Branch> branches = present(s.branches, "branches", s.id, problems).stream()
                .map(b -> new Branch(b.id, b.label, blankToNull(b.next), outcome(b, s.id, problems),
                        blankToNull(b.when)))
                .toList();
        return new Step(s.id, s.number, kind(s, problems), blankToNull(s.actor), s.activity,
                present(s.inputs, "inputs", s.id, problems), time(s, problems),
                present(s.outputs, "outputs", s.id, problems),
                action(s, problems), blankToNull(s.next), branches, blankToNull(s.escalateTo),
                s.ifFailed == null ? null : new Branch(s.ifFailed.id, s.ifFailed.label, blankToNull(s.ifFailed.next),
                        outcome(s.ifFailed, s.id, problems), blankToNull(s.ifFailed.when)));
    }

    private static StepKind kind(StepEntry s, Problems problems) {
        String word = blankToNull(s.kind);
        if (word == null) {
            return null;
        }
        try {
            return StepKind.valueOf(word.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            problems.unreadable(s.id, "kind");
            problems.add(s.id, "jenis langkah '" + word + "' tidak dikenal (pilihan: " + words(StepKind.values()) + ")",
                    "unknown step kind '" + word + "' (choose from: " + words(StepKind.values()) + ")");
            return null;
        }
    }

    private static TimeStandard time(StepEntry s, Problems problems) {
        String text = blankToNull(s.time);
        if (text == null) {
            return null;
        }
        try {
            return TimeStandard.parse(text);
        }
        catch (IllegalArgumentException e) {
            problems.unreadable(s.id, "time");
            problems.add(s.id,
                    "waktu standar '" + text + "' tidak dapat dibaca (contoh: '90 Menit', '1-3 jam', '2 Hari')",
                    "cannot read time standard '" + text + "' (e.g. '90 Menit', '1-3 jam', '2 Hari'; "
                            + "the range must run from low to high and start above 0)");
            return null;
        }
    }

    private static SystemAction action(StepEntry s, Problems problems) {
        String code = blankToNull(s.action);
        if (code == null) {
            return null;
        }
        return SystemAction.fromCode(code).orElseGet(() -> {
            String known = Arrays.stream(SystemAction.values())
                    .map(SystemAction::code)
                    .collect(Collectors.joining(", "));
            problems.unreadable(s.id, "action");
            problems.add(s.id, "aksi sistem '" + code + "' tidak dikenal (pilihan: " + known + ")",
                    "unknown system action '" + code + "' (choose from: " + known + ")");
            return null;
        });
    }

    private static Outcome outcome(BranchEntry b, String stepId, Problems problems) {
        String word = blankToNull(b.outcome);
        if (word == null) {
            return null;
        }
        try {
            return Outcome.valueOf(word.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            problems.add(stepId,
                    "hasil '" + word + "' pada cabang '" + b.id + "' tidak dikenal (pilihan: approved, rejected)",
                    "unknown outcome '" + word + "' on branch '" + b.id + "' (choose from: approved, rejected)");
            return null;
        }
    }

    private static LocalDate date(String text, String key, Problems problems) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            problems.add("'" + key + "' = '" + text + "' bukan tanggal ISO (tttt-bb-hh, mis. 2024-04-29)",
                    "'" + key + "' = '" + text + "' is not an ISO date (yyyy-MM-dd, e.g. 2024-04-29)");
            return null;
        }
    }

    /** Drops empty list entries ("- " with nothing after it), reporting them: the model's lists hold no nulls. */
    private static <T> List<T> present(List<T> entries, String key, String stepId, Problems problems) {
        if (entries == null) {
            return List.of();
        }
        if (entries.contains(null)) {
            problems.add(stepId, "ada entri kosong di '" + key + "'", "empty entry in '" + key + "'");
        }
        return entries.stream().filter(Objects::nonNull).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
