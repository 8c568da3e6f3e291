package id.surel.sop;

/** The result a request ends with, set by the decision branch it took (approved when no branch says otherwise). */
public enum Outcome {
    APPROVED,
    REJECTED
}
