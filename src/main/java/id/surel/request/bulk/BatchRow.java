package id.surel.request.bulk;

/** A stored row of a batch as the report shows it: what was read, what was found, and what became of it. */
public record BatchRow(int line, String name, String nip, String position, String workUnit, String contactEmail,
        String address, String problem, String problemArg, RowStatus status, String failure) {
}
