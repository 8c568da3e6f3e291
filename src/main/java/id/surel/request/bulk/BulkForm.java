package id.surel.request.bulk;

import id.surel.request.ApplicantForm;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk upload form: who sends it for which agency ({@link ApplicantForm}), the one request letter, and the list of
 * staff.
 */
public class BulkForm extends ApplicantForm {

    private MultipartFile letter;
    private MultipartFile staffList;

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
