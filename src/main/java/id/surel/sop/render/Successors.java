package id.surel.sop.render;

import id.surel.sop.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrows leaving a step: its {@code next} or one per branch (with the branch label), then its {@code ifFailed}
 * exit, if any, which is taken only when the step's action failed for good.
 */
final class Successors {

    /** The chart's words for an {@code ifFailed} exit, in the SOP's language like the rest of the chart. */
    static final String IF_FAILED = "Jika gagal";

    private Successors() {
    }

    /**
     * An arrow to step {@code target}; {@code label} and {@code branchId} are null for a plain {@code next}.
     * {@code failure} marks the {@code ifFailed} exit.
     */
    record Exit(String target, String label, String branchId, boolean failure) {
    }

    static List<Exit> of(Step step) {
        List<Exit> exits = new ArrayList<>(regular(step));
        if (step.ifFailed() != null) {
            exits.add(new Exit(step.ifFailed().next(), step.ifFailed().label(), step.ifFailed().id(), true));
        }
        return List.copyOf(exits);
    }

    /** The exits a step takes when it does its work: everything but {@code ifFailed}. */
    static List<Exit> regular(Step step) {
        if (!step.branches().isEmpty()) {
            return step.branches().stream().map(b -> new Exit(b.next(), b.label(), b.id(), false)).toList();
        }
        return step.next() == null ? List.of() : List.of(new Exit(step.next(), null, null, false));
    }
}
