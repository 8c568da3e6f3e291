package id.surel.workflow;

/** A request with its current step as people read it (number and activity) and the working time left. */
public record InboxRow(RequestRecord request, String step, TimeLeft timeLeft) {
}
