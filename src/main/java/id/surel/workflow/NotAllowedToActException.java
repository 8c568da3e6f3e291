package id.surel.workflow;

/** The staff member does not hold the role (SOP actor) of the current step. */
public class NotAllowedToActException extends RuntimeException {

    public NotAllowedToActException(String stepId, String actorId) {
        super("Anda tidak berwenang pada langkah '" + stepId + "' (pelaksana: " + actorId
                + "). / You may not act on step '" + stepId + "' (actor: " + actorId + ").");
    }
}
