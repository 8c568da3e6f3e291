package id.surel.sop.render;

import id.surel.sop.Actor;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The swimlanes of a definition in actor order: actors sharing {@link Actor#laneName()} share one lane. An end step
 * without an actor is drawn in the lane of the first step that leads to it.
 */
public final class Swimlanes {

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> laneOfStep = new HashMap<>();

    private Swimlanes(SopDefinition definition) {
        Map<String, Integer> laneOfActor = new HashMap<>();
        for (Actor actor : definition.actors()) {
            if (!names.contains(actor.laneName())) {
                names.add(actor.laneName());
            }
            laneOfActor.put(actor.id(), names.indexOf(actor.laneName()));
        }
        for (Step step : definition.steps()) {
            if (step.actor() != null) {
                laneOfStep.put(step.id(), laneOfActor.getOrDefault(step.actor(), 0));
            }
        }
        for (Step step : definition.steps()) {
            laneOfStep.putIfAbsent(step.id(), laneOfFirstStepLeadingTo(definition, step));
        }
    }

    public static Swimlanes of(SopDefinition definition) {
        return new Swimlanes(definition);
    }

    /** Lane names, left to right. */
    public List<String> names() {
        return List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    public int laneOf(Step step) {
        return laneOfStep.getOrDefault(step.id(), 0);
    }

    private int laneOfFirstStepLeadingTo(SopDefinition definition, Step target) {
        return definition.steps().stream()
                .filter(s -> Successors.regular(s).stream().anyMatch(e -> e.target().equals(target.id())))
                .findFirst()
                .map(s -> laneOfStep.getOrDefault(s.id(), 0))
                .orElse(0);
    }
}
