package id.surel.workflow;

/**
 * Sends the e-mail an outbox job names (the notify feature implements it). Runs at least once per job; throws to have
 * the job retried later. A notice that no longer applies (the request moved on, the recipient left) is skipped quietly.
 */
public interface NoticeDelivery {

    void deliver(OutboxJob job);
}
