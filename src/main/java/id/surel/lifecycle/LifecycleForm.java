package id.surel.lifecycle;

/**
 * The owner's lifecycle request as typed: the service, the account and the holder's NIP that proves it is theirs,
 * and what the service needs (a quota; how to close and, for a hand-over, the successor).
 */
public class LifecycleForm {

    private String service;
    private String address;
    private String nip;
    private String quotaMb;
    private String closeMode;
    private String successorName;
    private String successorNip;
    private String successorContact;

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getQuotaMb() {
        return quotaMb;
    }

    public void setQuotaMb(String quotaMb) {
        this.quotaMb = quotaMb;
    }

    public String getCloseMode() {
        return closeMode;
    }

    public void setCloseMode(String closeMode) {
        this.closeMode = closeMode;
    }

    public String getSuccessorName() {
        return successorName;
    }

    public void setSuccessorName(String successorName) {
        this.successorName = successorName;
    }

    public String getSuccessorNip() {
        return successorNip;
    }

    public void setSuccessorNip(String successorNip) {
        this.successorNip = successorNip;
    }

    public String getSuccessorContact() {
        return successorContact;
    }

    public void setSuccessorContact(String successorContact) {
        this.successorContact = successorContact;
    }
}
