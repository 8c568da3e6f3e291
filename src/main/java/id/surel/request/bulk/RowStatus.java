package id.surel.request.bulk;

/** Where a row of a batch stands: refused at upload, waiting for its mailbox, done, or failed while provisioning. */
public enum RowStatus {
    REFUSED, PENDING, DONE, FAILED
}
