package id.surel.sop.render;

import id.surel.sop.Step;
import java.util.List;

/** The arrows leaving a step: its {@code next}, or one per decision branch (with the branch label). */
final class Successors {

    private Successors() {
    }

    /** An arrow to step {@code target}; {@code label} and {@code branchId} are null unless it is a decision branch. */
    record Exit(String target, String label, String branchId) {
    }

    static List<Exit> of(Step step) {
        if (!step.branches().isEmpty()) {
            return step.branches().stream().map(b -> new Exit(b.next(), b.label(), b.id())).toList();
        }
        return step.next() == null ? List.of() : List.of(new Exit(step.next(), null, null));
    }
}
