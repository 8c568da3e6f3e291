package id.surel.document;

/** The kinds of document Surel numbers and keeps with a request; {@code code} is the {@code {kind}} in numbers. */
public enum DocumentKind {
    /** The surat balasan / pemberitahuan to the applicant: approved with the account, or rejected with the reason. */
    REPLY("SB");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
