package id.surel.sop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one definition file in the order they are found. */
final class Problems {

    private record StepField(String stepId, String field) {
    }

    private final String sourceName;
    private final List<DefinitionProblem> found = new ArrayList<>();
    private final Set<StepField> unreadable = new HashSet<>();

    Problems(String sourceName) {
        this.sourceName = sourceName;
    }

    void add(String messageId, String messageEn) {
        add(null, messageId, messageEn);
    }

    void add(String stepId, String messageId, String messageEn) {
        found.add(new DefinitionProblem(sourceName, stepId, messageId, messageEn));
    }

    /**
     * Records that a step's field was written but could not be read (an unknown action word, a bad duration), so the
     * validator does not report the same field a second time as missing.
     */
    void unreadable(String stepId, String field) {
        unreadable.add(new StepField(stepId, field));
    }

    boolean wasUnreadable(String stepId, String field) {
        return unreadable.contains(new StepField(stepId, field));
    }

    List<DefinitionProblem> list() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new DefinitionInvalidException(found);
        }
    }
}
