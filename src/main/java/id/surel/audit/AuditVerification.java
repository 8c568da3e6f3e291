package id.surel.audit;

/** The result of walking the chain: intact, or the first position where it breaks and why. */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenPosition, String reason) {

    static AuditVerification ok(long rows) {
        return new AuditVerification(true, rows, null, null);
    }

    static AuditVerification broken(long rows, long position, String reason) {
        return new AuditVerification(false, rows, position, reason);
    }
}
