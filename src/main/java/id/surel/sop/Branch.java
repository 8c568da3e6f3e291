package id.surel.sop;

/**
 * One labelled exit of a decision step ("Ya" / "Tidak"), or of a system step whose action has results, taken
 * automatically when the action's result equals {@code when}; {@code outcome} and {@code when} may be null.
 */
public record Branch(String id, String label, String next, Outcome outcome, String when) {
}
