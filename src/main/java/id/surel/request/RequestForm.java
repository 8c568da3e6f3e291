package id.surel.request;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the request form posts; kept as typed so it can be shown again with the errors. Besides the fields every
 * request has, {@code fields} and {@code documents} hold the chosen request type's own fields and files by their ids
 * in the SOP definition (posted as {@code fields[nama-akun]}, {@code documents[surat-permohonan]}).
 */
public class RequestForm {

    private String type;
    private String applicantName;
    private String applicantNip;
    private String unitCode;
    private String contactEmail;
    private String proposedLocalPart;
    private Map<String, String> fields = new HashMap<>();
    private Map<String, MultipartFile> documents = new HashMap<>();

    public String getType() {
        return type;
    }

    public void setType(String type) {
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

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public Map<String, MultipartFile> getDocuments() {
        return documents;
    }

    public void setDocuments(Map<String, MultipartFile> documents) {
        this.documents = documents;
    }
}
