package id.surel.document;

/**
 * What the reply letter (surat balasan / pemberitahuan) to the applicant says: approved with the account address
 * (never the password), or rejected with the reason of the deciding official.
 */
public record ReplyLetter(Letterhead letterhead, String number, LetterDate date, boolean approved, Applicant applicant,
        String trackingNumber, LetterDate submitted, String reason, Signatory signatory) {

    /** The applicant and the account asked for; {@code accountName} is null for a personal account. */
    public record Applicant(String name, String nip, String unit, String accountName, String contactEmail,
            String address) {
    }

    /** The letter's subject (perihal), also its title in the archive. */
    public String subject() {
        return approved ? "Persetujuan Permohonan Akun E-mail Resmi" : "Pemberitahuan Permohonan Akun E-mail Resmi";
    }

    public String dateLine() {
        return letterhead.place() + ", " + date.text();
    }
}
