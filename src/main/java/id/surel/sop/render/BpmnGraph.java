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
 * A step's {@code ifFailed} exit is an error boundary event on the step's task with a flow to the exit's target: the
 * path taken when the step's action failed for good. A boundary event has no row of its own; it sits on its task.
 */
record BpmnGraph(List<Node> nodes, List<Flow> flows) {

    enum NodeType {
        START_EVENT("startEvent", 36, 36),
        USER_TASK("userTask", 210, 120),
        SERVICE_TASK("serviceTask", 210, 120),
        EXCLUSIVE_GATEWAY("exclusiveGateway", 50, 50),
        BOUNDARY_EVENT("boundaryEvent", 36, 36),
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

    /**
     * {@code step} is the step the node stands for (the submission for the start event, the decision for its gateway,
     * the failing step for its boundary event); {@code attachedTo} is the task a boundary event sits on, else null.
     */
    record Node(String id, NodeType type, String name, int lane, Step step, String attachedTo) {

        Node(String id, NodeType type, String name, int lane, Step step) {
            this(id, type, name, lane, step, null);
        }
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
                String source = exit;
                if (next.failure()) {
                    source = failureEventId(step);
                    nodes.add(new Node(source, NodeType.BOUNDARY_EVENT, Successors.IF_FAILED, lanes.laneOf(step), step,
                            entryId(step)));
                }
                flows.add(new Flow(id, next.label(), source, entryId(definition.step(next.target()))));
            }
        }
        return new BpmnGraph(List.copyOf(nodes), List.copyOf(flows));
    }

    Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    /** The nodes that take a row of the drawing, in order: all but the boundary events. */
    List<Node> placed() {
        return nodes.stream().filter(n -> n.attachedTo() == null).toList();
    }

    /** The row a node is drawn in; a boundary event is in its task's row. */
    int row(String nodeId) {
        Node node = node(nodeId);
        return placed().indexOf(node.attachedTo() == null ? node : node(node.attachedTo()));
    }

    /** The boundary events, each with the error its step's action raises when it fails for good. */
    List<Node> failureEvents() {
        return nodes.stream().filter(n -> n.type() == NodeType.BOUNDARY_EVENT).toList();
    }

    static String errorId(Step step) {
        return "Error_" + step.id() + "_failed";
    }

    private static String failureEventId(Step step) {
        return "Event_" + step.id() + "_failed";
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
