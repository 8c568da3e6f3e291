package id.surel.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * One completed step on a request's timeline: who did it, when, which branch, how long it took in clock time and in
 * working time (pauses excluded), its deadline and whether it was met (null for a step without a time standard).
 */
public record HistoryEntry(String stepId, String actorId, Instant startedAt, Instant completedAt, String completedBy,
        String completedByName, String branchId, String branchLabel, String note, long elapsedSeconds,
        Long standardSeconds, Instant dueAt, Long workingSeconds, Boolean metStandard) {

    public Duration elapsed() {
        return Duration.ofSeconds(elapsedSeconds);
    }
}
