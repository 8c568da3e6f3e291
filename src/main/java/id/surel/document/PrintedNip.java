package id.surel.document;

/**
 * A NIP as printed on letters, {@code 19730727 200012 1 006}. A value that is not 18 digits prints as stored: the
 * request feature validates NIPs at intake, and a letter should never fail over a staff record's typo.
 */
record PrintedNip(String value) {

    static String of(String value) {
        return value == null ? null : new PrintedNip(value).text();
    }

    String text() {
        String digits = value.replace(" ", "");
        if (!digits.matches("\\d{18}")) {
            return value;
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " "
                + digits.substring(15);
    }
}
