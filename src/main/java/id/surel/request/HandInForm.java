package id.surel.request;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/** The documents an applicant hands in on the tracking page, by requirement id, for the request version they saw. */
public class HandInForm {

    private int version;
    private Map<String, MultipartFile> documents = new HashMap<>();

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Map<String, MultipartFile> getDocuments() {
        return documents;
    }

    public void setDocuments(Map<String, MultipartFile> documents) {
        this.documents = documents;
    }
}
