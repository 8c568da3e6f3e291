package id.surel.sop;

import java.time.LocalDate;
import java.util.List;

/** The identity section of an SOP: the header table officials sign. Dates may be null where the SOP leaves them blank. */
public record SopIdentity(
        String number,
        String title,
        String organization,
        LocalDate created,
        LocalDate revised,
        LocalDate effective,
        String approvedBy,
        List<String> legalBasis,
        List<String> qualifications,
        List<String> relatedSops,
        List<String> equipment,
        List<String> warnings,
        List<String> recordKeeping,
        List<Revision> revisions,
        List<String> assumptions) {

    public SopIdentity {
        legalBasis = nullSafe(legalBasis);
        qualifications = nullSafe(qualifications);
        relatedSops = nullSafe(relatedSops);
        equipment = nullSafe(equipment);
        warnings = nullSafe(warnings);
        recordKeeping = nullSafe(recordKeeping);
        revisions = nullSafe(revisions);
        assumptions = nullSafe(assumptions);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
