package id.surel.sop.render;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A definition as BPMN nodes and flows, in drawing order (one row each): a start event before the submission (which
 * stays a user task, the applicant's), a user task per task/decision/submission step, a service task per system step,
 * an exclusive gateway right after each step that branches (a decision, or a system step on its result), an end event per end step.
 */
record BpmnGraph(List<Node> nodes, List<Flow> flows) {

    enum NodeType {
        START_EVENT("startEvent", 36, 36),
        USER_TASK("userTask", 210, 120),
        SERVICE_TASK("serviceTask", 210, 120),
        EXCLUSIVE_GATEWAY("exclusiveGateway", 50, 50),
        END_EVENT("endEvent", 36, 36);

        final String element;
        final int width;
        final int height;

        NodeType(String element, int width, int height) {
            this.element = element;
            this.width = width;
            this.height = height;
        }
    }

    /** {@code step} is the step the node stands for (the submission for the start event, the decision for its gateway). */
    record Node(String id, NodeType type, String name, int lane, Step step) {
    }

    record Flow(String id, String name, String source, String target) {
    }

    static BpmnGraph of(SopDefinition definition, Swimlanes lanes) {
        List<Node> nodes = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        Step submission = definition.start();
        String startId = "Start_" + submission.id();
        nodes.add(new Node(startId, NodeType.START_EVENT, "Mulai", lanes.laneOf(submission), submission));
        flows.add(new Flow("Flow_start_" + submission.id(), null, startId, entryId(submission)));
        for (Step step : definition.steps()) {
            nodes.add(new Node(entryId(step), typeOf(step), step.activity(), lanes.laneOf(step), step));
            String exit = entryId(step);
            if (!step.branches().isEmpty()) {
                exit = "Gateway_" + step.id();
                nodes.add(new Node(exit, NodeType.EXCLUSIVE_GATEWAY, null, lanes.laneOf(step), step));
                flows.add(new Flow("Flow_" + step.id() + "_gateway", null, entryId(step), exit));
            }
            for (Successors.Exit next : Successors.of(step)) {
                String id = "Flow_" + step.id() + "_" + (next.branchId() == null ? "next" : next.branchId());
                flows.add(new Flow(id, next.label(), exit, entryId(definition.step(next.target()))));
            }
        }
        return new BpmnGraph(List.copyOf(nodes), List.copyOf(flows));
    }

    Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    int row(String nodeId) {
        return nodes.indexOf(node(nodeId));
    }

    private static String entryId(Step step) {
        return switch (step.kind()) {
            case END -> "End_" + step.id();
            default -> "Activity_" + step.id();
        };
    }

    private static NodeType typeOf(Step step) {
        return switch (step.kind()) {
            case SUBMISSION, TASK, DECISION -> NodeType.USER_TASK;
            case SYSTEM -> NodeType.SERVICE_TASK;
            case END -> NodeType.END_EVENT;
        };
    }
}
