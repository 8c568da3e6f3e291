package id.surel.workflow;

import id.surel.sop.SystemAction;

/** Performs one kind of system action. Runs at least once per job, so it must be idempotent. */
public interface SystemActionHandler {

    SystemAction action();

    /** Does the work; returns a note for the request's timeline. Throws {@link ActionFailedException} on failure. */
    String run(ActionContext context);

    /** Does the work and says what it found; an action with results (see SystemAction#results) overrides this. */
    default ActionResult perform(ActionContext context) {
        return ActionResult.note(run(context));
    }
}
