package id.surel.request.bulk;

/**
 * A staff row after its checks: either a problem (a message key and its one argument) or the owner and the address
 * its mailbox will get.
 */
record CheckedRow(StaffRow row, String problem, String problemArg, String ownerKey, String address) {

    static CheckedRow refused(StaffRow row, String problem, Object arg) {
        return new CheckedRow(row, problem, arg == null ? null : String.valueOf(arg), null, null);
    }

    static CheckedRow accepted(StaffRow row, String ownerKey, String address) {
        return new CheckedRow(row, null, null, ownerKey, address);
    }

    boolean valid() {
        return problem == null;
    }
}
