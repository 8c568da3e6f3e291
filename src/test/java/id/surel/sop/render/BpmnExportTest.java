package id.surel.sop.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.Actor;
import id.surel.sop.Branch;
import id.surel.sop.SopDefinition;
import id.surel.sop.SopDefinitionReader;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BPMN export of every seed, read back with Camunda's model API (which validates against the BPMN 2.0 XSD): the
 * lanes, tasks, gateways and flows say what the definition says, and the diagram draws all of them in vertical lanes.
 * The files go to {@code target/bpmn/} for a person to open in bpmn.io.
 */
class BpmnExportTest {

    private static final String BOGOR = "sop/kota-bogor/pengelolaan-email-v1.yaml";
    private static final String MOROWALI = "sop/kab-morowali/penerbitan-email-v1.yaml";
    private static final String CIREBON = "sop/kota-cirebon/akun-email-asn-v1.yaml";
    private static final String BATAM = "sop/kota-batam/akun-email-opd-v1.yaml";
    private static final String MOROWALI_V2 = "sop/kab-morowali/penerbitan-email-v2.yaml";

    private final BpmnExport export = new BpmnExport();

    @ParameterizedTest
    @ValueSource(strings = {BOGOR, MOROWALI, CIREBON, BATAM, MOROWALI_V2})
    void theExportIsValidBpmnThatOpensInAModeller(String seed) throws IOException {
        SopDefinition definition = load(seed);
        String xml = export.toXml(definition);
        Path file = Path.of("target", "bpmn", definition.key() + "-v" + definition.version() + ".bpmn");
        Files.createDirectories(file.getParent());
        Files.writeString(file, xml, StandardCharsets.UTF_8);

        BpmnModelInstance model = parse(xml);
        Bpmn.validateModel(model);
        Participant pool = single(model, Participant.class);
        assertThat(pool.getName()).isEqualTo(definition.identity().title());
        assertThat(pool.getProcess().getLaneSets()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {BOGOR, MOROWALI, CIREBON, BATAM, MOROWALI_V2})
    void thereIsOneLanePerSwimlaneHoldingTheStepsOfItsActors(String seed) {
        SopDefinition definition = load(seed);
        BpmnModelInstance model = parse(export.toXml(definition));

        List<String> swimlanes = definition.actors().stream().map(Actor::laneName).distinct().toList();
        Collection<Lane> lanes = model.getModelElementsByType(Lane.class);
        assertThat(lanes).extracting(Lane::getName).containsExactlyElementsOf(swimlanes);
        Map<String, Lane> laneOf = lanes.stream()
                .flatMap(l -> l.getFlowNodeRefs().stream().map(n -> Map.entry(n.getId(), l)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(laneOf.keySet()).as("every flow node is in exactly one lane")
                .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(FlowNode.class)));
        for (Step step : definition.steps()) {
            if (step.actor() != null) {
                assertThat(laneOf.get(nodeOf(model, step).getId()).getName()).as(step.id())
                        .isEqualTo(definition.actor(step.actor()).laneName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BOGOR, MOROWALI, CIREBON, BATAM, MOROWALI_V2})
    void everyStepIsOneTaskOrEndEventWithTheActivityAsItsName(String seed) {
        SopDefinition definition = load(seed);
        BpmnModelInstance model = parse(export.toXml(definition));

        List<Step> activities = definition.steps().stream().filter(s -> s.kind() != StepKind.END).toList();
        assertThat(model.getModelElementsByType(Task.class)).extracting(Task::getName)
                .containsExactlyInAnyOrderElementsOf(activities.stream().map(Step::activity).toList());
        for (Step step : activities) {
            Class<?> expected = step.kind() == StepKind.SYSTEM ? ServiceTask.class : UserTask.class;
            assertThat(nodeOf(model, step)).as(step.id()).isInstanceOf(expected);
            if (step.time() != null) {
                assertThat(nodeOf(model, step).getDocumentations()).singleElement()
                        .satisfies(d -> assertThat(d.getTextContent()).contains("Waktu: " + step.time().text()));
            }
        }
        long ends = definition.steps().stream().filter(s -> s.kind() == StepKind.END).count();
        assertThat(model.getModelElementsByType(EndEvent.class)).hasSize((int) ends);
        StartEvent start = single(model, StartEvent.class);
        assertThat(start.getOutgoing()).singleElement()
                .satisfies(f -> assertThat(f.getTarget()).isEqualTo(nodeOf(model, definition.start())));
    }

    @ParameterizedTest
    @ValueSource(strings = {BOGOR, MOROWALI, CIREBON, BATAM, MOROWALI_V2})
    void everyBranchingStepHasAGatewayWithOneLabelledFlowPerBranchAndEveryNextIsAFlow(String seed) {
        SopDefinition definition = load(seed);
        BpmnModelInstance model = parse(export.toXml(definition));

        long branching = definition.steps().stream().filter(s -> !s.branches().isEmpty()).count();
        assertThat(model.getModelElementsByType(ExclusiveGateway.class)).hasSize((int) branching);
        int expectedFlows = 1;
        for (Step step : definition.steps()) {
            FlowNode node = nodeOf(model, step);
            if (step.ifFailed() != null) {
                expectedFlows++;
            }
            if (!step.branches().isEmpty()) {
                FlowNode gateway = single(node.getSucceedingNodes().list());
                assertThat(gateway).isInstanceOf(ExclusiveGateway.class);
                Map<String, SequenceFlow> byLabel = gateway.getOutgoing().stream()
                        .collect(Collectors.toMap(SequenceFlow::getName, Function.identity()));
                assertThat(byLabel.keySet()).containsExactlyInAnyOrderElementsOf(
                        step.branches().stream().map(Branch::label).toList());
                for (Branch branch : step.branches()) {
                    assertThat(byLabel.get(branch.label()).getTarget())
                            .isEqualTo(nodeOf(model, definition.step(branch.next())));
                }
                expectedFlows += 1 + step.branches().size();
            } else if (step.next() != null) {
                assertThat(node.getSucceedingNodes().list()).as(step.id())
                        .containsExactly(nodeOf(model, definition.step(step.next())));
                expectedFlows++;
            }
        }
        assertThat(model.getModelElementsByType(SequenceFlow.class)).hasSize(expectedFlows);
    }

    @ParameterizedTest
    @ValueSource(strings = {BOGOR, MOROWALI, CIREBON, BATAM, MOROWALI_V2})
    void theDiagramDrawsEveryNodeInsideItsVerticalLaneAndEveryFlowWithWaypoints(String seed) {
        SopDefinition definition = load(seed);
        BpmnModelInstance model = parse(export.toXml(definition));

        Map<String, BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), Function.identity()));
        Participant pool = single(model, Participant.class);
        assertThat(shapes.get(pool.getId()).isHorizontal()).isFalse();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            BpmnShape laneShape = shapes.get(lane.getId());
            assertThat(laneShape).as("shape of lane " + lane.getName()).isNotNull();
            assertThat(laneShape.isHorizontal()).as("lane " + lane.getName() + " is vertical").isFalse();
            assertThat(laneShape.getBounds().getHeight()).isGreaterThan(laneShape.getBounds().getWidth());
            assertThat(inside(laneShape.getBounds(), shapes.get(pool.getId()).getBounds())).isTrue();
            for (FlowNode node : lane.getFlowNodeRefs()) {
                assertThat(shapes).as("shape of " + node.getId()).containsKey(node.getId());
                assertThat(inside(shapes.get(node.getId()).getBounds(), laneShape.getBounds()))
                        .as(node.getId() + " is drawn inside lane " + lane.getName()).isTrue();
            }
        }
        assertThat(shapes.keySet()).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
        Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), Function.identity()));
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("edge of " + flow.getId()).containsKey(flow.getId());
            assertThat(edges.get(flow.getId()).getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anIfFailedExitIsAnErrorBoundaryEventOnItsTaskWithALabelledFlowToItsTarget() {
        SopDefinition definition = load(MOROWALI_V2);
        Step failing = definition.steps().stream().filter(s -> s.ifFailed() != null).findFirst().orElseThrow();
        BpmnModelInstance model = parse(export.toXml(definition));
        Bpmn.validateModel(model);

        BoundaryEvent event = single(model, BoundaryEvent.class);
        assertThat(event.getAttachedTo()).isEqualTo(nodeOf(model, failing));
        assertThat(event.getName()).isEqualTo("Jika gagal");
        assertThat(event.cancelActivity()).isTrue();
        ErrorEventDefinition error = (ErrorEventDefinition) single(List.copyOf(event.getEventDefinitions()));
        assertThat(error.getError()).isEqualTo(single(model, org.camunda.bpm.model.bpmn.instance.Error.class));
        assertThat(error.getError().getErrorCode()).isEqualTo(failing.action().code());
        SequenceFlow flow = single(List.copyOf(event.getOutgoing()));
        assertThat(flow.getName()).isEqualTo(failing.ifFailed().label());
        assertThat(flow.getTarget()).isEqualTo(nodeOf(model, definition.step(failing.ifFailed().next())));
        assertThat(nodeOf(model, failing).getOutgoing()).as("the task's own flows stay as they were")
                .extracting(SequenceFlow::getTarget).containsExactly(nodeOf(model, definition.step(failing.next())));

        Bounds task = shape(model, nodeOf(model, failing).getId()).getBounds();
        Bounds drawn = shape(model, event.getId()).getBounds();
        assertThat(drawn.getY() + drawn.getHeight() / 2).as("the event sits on the task's bottom edge")
                .isEqualTo(task.getY() + task.getHeight());
        assertThat(drawn.getX()).isBetween(task.getX(), task.getX() + task.getWidth() - drawn.getWidth());
    }

    @Test
    void aDefinitionWithoutIfFailedHasNoBoundaryEventOrError() {
        BpmnModelInstance model = parse(export.toXml(load(MOROWALI)));

        assertThat(model.getModelElementsByType(BoundaryEvent.class)).isEmpty();
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class)).isEmpty();
    }

    private static BpmnShape shape(BpmnModelInstance model, String elementId) {
        return single(model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement().getId().equals(elementId)).toList());
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    private static FlowNode nodeOf(BpmnModelInstance model, Step step) {
        List<FlowNode> named = model.getModelElementsByType(FlowNode.class).stream()
                .filter(n -> n.getId().endsWith("_" + step.id()) && !(n instanceof ExclusiveGateway)
                        && !(n instanceof StartEvent) && !(n instanceof BoundaryEvent))
                .toList();
        return single(named);
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> T single(
            BpmnModelInstance model, Class<T> type) {
        return single(List.copyOf(model.getModelElementsByType(type)));
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static BpmnModelInstance parse(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static SopDefinition load(String path) {
        try (InputStream in = BpmnExportTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new SopDefinitionReader().read(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
