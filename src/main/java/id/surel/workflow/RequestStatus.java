package id.surel.workflow;

/** Where a request stands as a whole. */
public enum RequestStatus {
    IN_PROGRESS, APPROVED, REJECTED
}
