package id.surel.workflow;

import java.time.Duration;

/**
 * The working time left before a step's deadline (or past it, when {@code late}), in whole hours and minutes, for
 * display as "2 j 15 m" / "2 h 15 m".
 */
public record TimeLeft(Urgency urgency, long hours, long minutes, boolean late) {

    static TimeLeft of(Urgency urgency, Duration working, boolean late) {
        long total = Math.max(0, working.toMinutes());
        return new TimeLeft(urgency, total / 60, total % 60, late);
    }
}
