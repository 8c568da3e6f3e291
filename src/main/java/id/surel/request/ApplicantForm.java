package id.surel.request;

/**
 * The applicant's part every request form posts (the public form, the desk, the bulk upload): who applies, for which
 * agency, and where to reach them. Kept as typed so a form can be shown again with its errors.
 */
public class ApplicantForm {

    private String applicantName;
    private String applicantNip;
    private String unitCode;
    private String contactEmail;

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantNip() {
        return applicantNip;
    }

    public void setApplicantNip(String applicantNip) {
        this.applicantNip = applicantNip;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
