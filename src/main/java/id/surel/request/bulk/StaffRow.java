package id.surel.request.bulk;

/** One staff member as listed in an uploaded file, exactly as read (trimmed; null when the cell is empty). */
record StaffRow(int line, String name, String nip, String position, String workUnit, String contactEmail,
        String username) {
}
