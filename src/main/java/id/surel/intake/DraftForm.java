package id.surel.intake;

/** What staff post when they complete a draft: the corrected fields and the attachment that is the request letter. */
record DraftForm(String applicantName, String applicantNip, String unitCode, String contactEmail, String localPart,
        Long letterId, int version) {

    DraftFields fields() {
        return new DraftFields(blankToNull(applicantName), blankToNull(applicantNip), blankToNull(unitCode),
                blankToNull(localPart));
    }

    String sender() {
        return blankToNull(contactEmail);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
