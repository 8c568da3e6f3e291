package id.surel.workflow;

import java.time.Duration;
import java.time.Instant;

/** One completed step on a request's timeline: who did it, when, which branch, and how long it took. */
public record HistoryEntry(String stepId, String actorId, Instant startedAt, Instant completedAt, String completedBy,
        String completedByName, String branchId, String branchLabel, String note, long elapsedSeconds,
        Long standardSeconds) {

    public Duration elapsed() {
        return Duration.ofSeconds(elapsedSeconds);
    }

    /** Whether the step met its time standard (clock time until working calendars arrive); null when it has none. */
    public Boolean metStandard() {
        return standardSeconds == null ? null : elapsedSeconds <= standardSeconds;
    }
}
