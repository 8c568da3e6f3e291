package id.surel.sop;

/** What kind of activity a step is, which decides who completes it and how. */
public enum StepKind {
    /** The applicant's own step: done when the request is submitted. Exactly one per definition; the start. */
    SUBMISSION,
    /** Staff holding the step's actor role complete it; an optional system action runs before it counts as done. */
    TASK,
    /** Staff holding the step's actor role pick one of its labelled branches. */
    DECISION,
    /** Surel performs the step's system action on entry, then moves on. */
    SYSTEM,
    /** The end of the procedure (terminator symbol). */
    END
}
