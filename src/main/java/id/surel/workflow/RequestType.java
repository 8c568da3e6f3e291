package id.surel.workflow;

/** What the account is for: a civil servant, an agency (OPD) or an activity/event (kegiatan). */
public enum RequestType {
    PERSONAL, UNIT, EVENT
}
