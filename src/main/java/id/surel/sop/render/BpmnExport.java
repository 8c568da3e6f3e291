package id.surel.sop.render;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.render.BpmnGraph.Flow;
import id.surel.sop.render.BpmnGraph.Node;
import id.surel.sop.render.BpmnGraph.NodeType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A definition as a BPMN 2.0 file for interchange (bpmn.io, Camunda Modeler), not for running: a collaboration with one
 * pool, one vertical lane per swimlane, and the diagram part so every node and flow is drawn.
 */
@Component
public class BpmnExport {

    static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DD_DI = "http://www.omg.org/spec/DD/20100524/DI";

    public String toXml(SopDefinition definition) {
        Swimlanes lanes = Swimlanes.of(definition);
        BpmnGraph graph = BpmnGraph.of(definition, lanes);
        IndentedXml xml = new IndentedXml()
                .open("bpmn", MODEL, "definitions", "id", "Definitions_" + definition.key(), "targetNamespace",
                        "urn:surel:sop:" + definition.key() + ":v" + definition.version(), "exporter", "Surel",
                        "exporterVersion", "1")
                .namespace("bpmn", MODEL)
                .namespace("bpmndi", DI)
                .namespace("dc", DC)
                .namespace("di", DD_DI);
        xml.open("bpmn", MODEL, "collaboration", "id", collaborationId(definition))
                .empty("bpmn", MODEL, "participant", "id", participantId(definition), "name",
                        definition.identity().title(), "processRef", processId(definition))
                .close();
        writeProcess(xml, definition, lanes, graph);
        for (Node event : graph.failureEvents()) {
            xml.empty("bpmn", MODEL, "error", "id", BpmnGraph.errorId(event.step()), "name",
                    event.step().action().code() + " gagal", "errorCode", event.step().action().code());
        }
        new BpmnDiagram(graph, lanes.size()).write(xml, collaborationId(definition), participantId(definition));
        return xml.close().finish();
    }

    private void writeProcess(IndentedXml xml, SopDefinition definition, Swimlanes lanes, BpmnGraph graph) {
        xml.open("bpmn", MODEL, "process", "id", processId(definition), "name", definition.identity().title(),
                "isExecutable", "false");
        xml.open("bpmn", MODEL, "laneSet", "id", "LaneSet_1");
        for (int lane = 0; lane < lanes.size(); lane++) {
            xml.open("bpmn", MODEL, "lane", "id", BpmnDiagram.laneId(lane), "name", lanes.names().get(lane));
            for (Node node : graph.nodes()) {
                if (node.lane() == lane) {
                    xml.text("bpmn", MODEL, "flowNodeRef", node.id());
                }
            }
            xml.close();
        }
        xml.close();
        for (Node node : graph.nodes()) {
            writeNode(xml, node, graph);
        }
        for (Flow flow : graph.flows()) {
            xml.empty("bpmn", MODEL, "sequenceFlow", "id", flow.id(), "name", flow.name(), "sourceRef", flow.source(),
                    "targetRef", flow.target());
        }
        xml.close();
    }

    private void writeNode(IndentedXml xml, Node node, BpmnGraph graph) {
        if (node.type() == NodeType.BOUNDARY_EVENT) {
            xml.open("bpmn", MODEL, node.type().element, "id", node.id(), "name", node.name(), "attachedToRef",
                    node.attachedTo(), "cancelActivity", "true");
            xml.text("bpmn", MODEL, "documentation", "Jika tindakan sistem " + node.step().action().code()
                    + " gagal: " + node.step().ifFailed().label());
        } else {
            xml.open("bpmn", MODEL, node.type().element, "id", node.id(), "name", node.name());
        }
        if (node.type() == NodeType.USER_TASK || node.type() == NodeType.SERVICE_TASK) {
            String documentation = documentation(node.step());
            if (!documentation.isEmpty()) {
                xml.text("bpmn", MODEL, "documentation", documentation);
            }
        }
        graph.flows().stream().filter(f -> f.target().equals(node.id()))
                .forEach(f -> xml.text("bpmn", MODEL, "incoming", f.id()));
        graph.flows().stream().filter(f -> f.source().equals(node.id()))
                .forEach(f -> xml.text("bpmn", MODEL, "outgoing", f.id()));
        if (node.type() == NodeType.BOUNDARY_EVENT) {
            xml.empty("bpmn", MODEL, "errorEventDefinition", "id", "ErrorEventDefinition_" + node.step().id(),
                    "errorRef", BpmnGraph.errorId(node.step()));
        }
        xml.close();
    }

    /** The step's mutu baku in the SOP's own words (the SOP's language, Indonesian). */
    static String documentation(Step step) {
        List<String> lines = new ArrayList<>();
        if (step.number() != null) {
            lines.add("No. " + step.number());
        }
        if (step.time() != null) {
            lines.add("Waktu: " + step.time().text());
        }
        if (!step.inputs().isEmpty()) {
            lines.add("Kelengkapan/persyaratan: " + String.join("; ", step.inputs()));
        }
        if (!step.outputs().isEmpty()) {
            lines.add("Output: " + String.join("; ", step.outputs()));
        }
        if (step.action() != null) {
            lines.add("Tindakan sistem: " + step.action().code());
        }
        return String.join("\n", lines);
    }

    private static String collaborationId(SopDefinition definition) {
        return "Collaboration_" + definition.key();
    }

    private static String participantId(SopDefinition definition) {
        return "Participant_" + definition.key();
    }

    private static String processId(SopDefinition definition) {
        return "Process_" + definition.key() + "_v" + definition.version();
    }
}
