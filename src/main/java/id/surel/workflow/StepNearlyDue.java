package id.surel.workflow;

/** Event: a step reached the warning share of its time standard. */
public record StepNearlyDue(SlaFlag step) {
}
