package id.surel.workflow;

/**
 * What a system action reports: a note for the timeline and, for an action with results (e.g. check-capacity), the
 * result a step branching on it follows ({@code null} for an action that only succeeds).
 */
public record ActionResult(String note, String result) {

    public static ActionResult note(String note) {
        return new ActionResult(note, null);
    }
}
