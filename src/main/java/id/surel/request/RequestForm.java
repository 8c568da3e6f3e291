package id.surel.request;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the request form posts; kept as typed so it can be shown again with the errors. Besides the applicant's part
 * ({@link ApplicantForm}), the type and the proposed address, {@code fields} and {@code documents} hold the chosen
 * request type's own fields and files by their ids in the SOP definition (posted as {@code fields[nama-akun]},
 * {@code documents[surat-permohonan]}).
 */
public class RequestForm extends ApplicantForm {

    private String type;
    private String proposedLocalPart;
    private Map<String, String> fields = new HashMap<>();
    private Map<String, MultipartFile> documents = new HashMap<>();

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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
