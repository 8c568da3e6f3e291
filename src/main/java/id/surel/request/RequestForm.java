package id.surel.request;

import id.surel.workflow.RequestType;
import org.springframework.web.multipart.MultipartFile;

/** What the public request form posts; kept as typed so it can be shown again with the errors. */
public class RequestForm {

    private RequestType type = RequestType.PERSONAL;
    private String applicantName;
    private String applicantNip;
    private String unitCode;
    private String accountName;
    private String contactEmail;
    private String proposedLocalPart;
    private MultipartFile letter;

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

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

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getProposedLocalPart() {
        return proposedLocalPart;
    }

    public void setProposedLocalPart(String proposedLocalPart) {
        this.proposedLocalPart = proposedLocalPart;
    }

    public MultipartFile getLetter() {
        return letter;
    }

    public void setLetter(MultipartFile letter) {
        this.letter = letter;
    }
}
