package id.surel.report;

/** How many requests stand at one status with one outcome; {@code outcome} is null before any decision. */
public record RequestCount(String status, String outcome, long requests) {
}
