package id.surel.workflow;

import id.surel.sop.Step;

/**
 * One line of a request's timeline: a step done (with its history entry and when, in the tenant's zone), the current
 * step, or one still to come.
 */
public record TimelineRow(Step step, String actorName, State state, HistoryEntry done, String completedAt,
        String dueAt) {

    public enum State {
        DONE, CURRENT, UPCOMING
    }
}
