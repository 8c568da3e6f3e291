package id.surel.workflow;

import java.time.Instant;

/**
 * The clock of the step a request is at: when it is due and when it is "near due" on the tenant's working calendar,
 * and whom a late step is escalated to. All null for a step without a time standard.
 */
public record StepTimes(Instant dueAt, Instant warnAt, String escalateTo) {

    static final StepTimes NONE = new StepTimes(null, null, null);
}
