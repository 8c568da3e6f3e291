package id.surel.intake;

/** What one poll of an intake box did: mails taken (drafts and requests), mails quarantined. */
record PollResult(int processed, int quarantined) {

    static final PollResult NOTHING = new PollResult(0, 0);
}
