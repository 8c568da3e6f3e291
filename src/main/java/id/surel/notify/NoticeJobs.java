package id.surel.notify;

import id.surel.workflow.NoticeDelivery;
import id.surel.workflow.OutboxJob;
import org.springframework.stereotype.Component;

/** Sends the e-mail an outbox job names, by its notice code. */
@Component
class NoticeJobs implements NoticeDelivery {

    private final TurnNotice turns;
    private final DocumentsRequestedNotice documents;
    private final DigestNotice digests;

    NoticeJobs(TurnNotice turns, DocumentsRequestedNotice documents, DigestNotice digests) {
        this.turns = turns;
        this.documents = documents;
        this.digests = digests;
    }

    @Override
    public void deliver(OutboxJob job) {
        Notice notice = Notice.byCode(job.notice())
                .orElseThrow(() -> new IllegalStateException("Unknown notice " + job.notice()));
        switch (notice) {
            case YOUR_TURN -> turns.send(job);
            case DOCUMENTS_REQUESTED -> documents.send(job);
            case DIGEST -> digests.send(job);
            default -> throw new IllegalStateException("Notice " + job.notice() + " is not sent through the outbox");
        }
    }
}
