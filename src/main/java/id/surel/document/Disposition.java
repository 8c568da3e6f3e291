package id.surel.document;

import id.surel.workflow.HistoryEntry;

/**
 * One disposition found in a request's history: the official who completed {@code entry} handed the request down to
 * the next actor with the step's note as the instruction. {@code historyIndex} addresses it in the history;
 * {@code receivedBy} is who completed the next step, null while it is still open.
 */
public record Disposition(int historyIndex, HistoryEntry entry, String fromTitle, String toActorId, String toTitle,
        String nextActivity, String receivedBy) {

    /** The sheet's agenda number: the request's tracking number and the disposition's place in its history. */
    public String agendaNumber(String trackingNumber) {
        return trackingNumber + "/" + (historyIndex + 1);
    }
}
