package id.surel.workflow;

import java.time.Instant;

/** How pressing a request's current step is, for sorting and badges. */
public enum Urgency {
    LATE, NEAR_DUE, ON_TIME, NO_STANDARD, PAUSED;

    static Urgency of(RequestRecord request, Instant now) {
        if (request.paused()) {
            return PAUSED;
        }
        Instant due = request.stepTimes().dueAt();
        if (due == null) {
            return NO_STANDARD;
        }
        if (!now.isBefore(due)) {
            return LATE;
        }
        Instant warn = request.stepTimes().warnAt();
        return warn != null && !now.isBefore(warn) ? NEAR_DUE : ON_TIME;
    }
}
