package id.surel.workflow;

/** Event: a step passed its deadline; it is escalated to {@code step.escalateTo()} when that is set. */
public record StepLate(SlaFlag step) {
}
