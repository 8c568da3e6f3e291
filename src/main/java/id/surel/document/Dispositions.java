package id.surel.document;

import id.surel.sop.Actor;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the dispositions in a request's history without knowing any SOP's step names: a completed human step (task or
 * decision) whose next human step (system steps in between are passed over) is one of another staff actor listed
 * after it in the definition. SOP tables list
 * their actors from the head of office down, so this is a superior handing the request down the chain; a report back
 * up (a later actor to an earlier one) is not a disposition.
 */
final class Dispositions {

    private Dispositions() {
    }

    static List<Disposition> of(SopDefinition definition, RequestRecord request, List<HistoryEntry> history) {
        List<Disposition> found = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            Optional<Step> step = definition.findStep(entry.stepId());
            int j = nextHumanEntry(definition, history, i);
            Optional<Step> next = j < history.size() ? definition.findStep(history.get(j).stepId())
                    : request.status() == RequestStatus.IN_PROGRESS ? definition.findStep(request.currentStep())
                    : Optional.empty();
            if (step.isEmpty() || next.isEmpty() || !step.get().isHumanStep() || !next.get().isHumanStep()) {
                continue;
            }
            String from = entry.actorId();
            String to = next.get().actor();
            if (handsDown(definition, from, to)) {
                String receivedBy = j < history.size() ? history.get(j).completedByName() : null;
                found.add(new Disposition(i, entry, title(definition, from), to, title(definition, to),
                        next.get().activity(), receivedBy));
            }
        }
        return found;
    }

    static Optional<Disposition> at(SopDefinition definition, RequestRecord request, List<HistoryEntry> history,
            int historyIndex) {
        return of(definition, request, history).stream().filter(d -> d.historyIndex() == historyIndex).findFirst();
    }

    /**
     * The index of the first entry after {@code i} that people did (or the history's size if none): a system step in
     * between, such as an automatic capacity check, does not break a hand-down.
     */
    private static int nextHumanEntry(SopDefinition definition, List<HistoryEntry> history, int i) {
        int j = i + 1;
        while (j < history.size() && definition.findStep(history.get(j).stepId()).map(Step::kind)
                .filter(kind -> kind == StepKind.SYSTEM).isPresent()) {
            j++;
        }
        return j;
    }

    private static boolean handsDown(SopDefinition definition, String from, String to) {
        int fromRank = rank(definition, from);
        int toRank = rank(definition, to);
        return fromRank >= 0 && toRank > fromRank && !definition.actors().get(toRank).applicant()
                && !definition.actors().get(fromRank).applicant();
    }

    private static int rank(SopDefinition definition, String actorId) {
        List<Actor> actors = definition.actors();
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(actorId)) {
                return i;
            }
        }
        return -1;
    }

    private static String title(SopDefinition definition, String actorId) {
        return definition.findActor(actorId).map(Actor::name).orElse(actorId);
    }
}
