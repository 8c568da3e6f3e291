package id.surel.request;

import org.springframework.web.multipart.MultipartFile;

/** What the desk's form posts: the request form's fields plus the scan of the paper form the applicant signed. */
public class ClerkForm extends RequestForm {

    private MultipartFile paperForm;

    public MultipartFile getPaperForm() {
        return paperForm;
    }

    public void setPaperForm(MultipartFile paperForm) {
        this.paperForm = paperForm;
    }
}
