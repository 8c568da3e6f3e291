package id.surel.sop;

/** One labelled exit of a decision step ("Ya" / "Tidak"); {@code outcome} may be null. */
public record Branch(String id, String label, String next, Outcome outcome) {
}
