package id.surel.workflow;

import id.surel.sop.SystemAction;

/**
 * Performs one kind of system action. Runs at least once per job, so it must be idempotent. Several handlers may serve
 * one action for different kinds of request (e.g. a bulk request's many mailboxes): the first in {@code @Order} whose
 * {@link #handles} accepts the request runs.
 */
public interface SystemActionHandler {

    SystemAction action();

    /** Whether this handler serves this request; the general handler of an action serves every request. */
    default boolean handles(RequestRecord request) {
        return true;
    }

    /** Does the work; returns a note for the request's timeline. Throws {@link ActionFailedException} on failure. */
    String run(ActionContext context);

    /** Does the work and says what it found; an action with results (see SystemAction#results) overrides this. */
    default ActionResult perform(ActionContext context) {
        return ActionResult.note(run(context));
    }
}
