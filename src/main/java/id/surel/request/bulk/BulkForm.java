package id.surel.request.bulk;

import org.springframework.web.multipart.MultipartFile;

/** The bulk upload form: who sends it for which agency, the one request letter, and the list of staff. */
public class BulkForm {

    private String applicantName;
    private String applicantNip;
    private String unitCode;
    private String contactEmail;
    private MultipartFile letter;
    private MultipartFile staffList;

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

    public MultipartFile getLetter() {
        return letter;
    }

    public void setLetter(MultipartFile letter) {
        this.letter = letter;
    }

    public MultipartFile getStaffList() {
        return staffList;
    }

    public void setStaffList(MultipartFile staffList) {
        this.staffList = staffList;
    }
}
