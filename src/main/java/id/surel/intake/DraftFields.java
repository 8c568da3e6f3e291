package id.surel.intake;

/** What Surel could read from a mail for the request form; any may be null. */
record DraftFields(String applicantName, String applicantNip, String unitCode, String localPart) {
}
