package id.surel.sop.render;

import static id.surel.sop.render.BpmnExport.DC;
import static id.surel.sop.render.BpmnExport.DD_DI;
import static id.surel.sop.render.BpmnExport.DI;

import id.surel.sop.render.BpmnGraph.Flow;
import id.surel.sop.render.BpmnGraph.Node;
import id.surel.sop.render.BpmnLayout.Bounds;
import id.surel.sop.render.BpmnLayout.Path;
import id.surel.sop.render.BpmnLayout.Point;

/**
 * The diagram interchange part: a shape for the pool, every lane (vertical: {@code isHorizontal="false"}) and every
 * node, an edge with waypoints for every flow. A node without a shape would silently not be drawn.
 */
final class BpmnDiagram {

    private final BpmnGraph graph;
    private final BpmnLayout layout;
    private final int laneCount;

    BpmnDiagram(BpmnGraph graph, int laneCount) {
        this.graph = graph;
        this.laneCount = laneCount;
        this.layout = new BpmnLayout(graph, laneCount);
    }

    static String laneId(int lane) {
        return "Lane_" + (lane + 1);
    }

    void write(IndentedXml xml, String collaborationId, String participantId) {
        xml.open("bpmndi", DI, "BPMNDiagram", "id", "Diagram_1")
                .open("bpmndi", DI, "BPMNPlane", "id", "Plane_1", "bpmnElement", collaborationId);
        shape(xml, participantId, layout.pool(), "false");
        for (int lane = 0; lane < laneCount; lane++) {
            shape(xml, laneId(lane), layout.lane(lane), "false");
        }
        for (Node node : graph.nodes()) {
            shape(xml, node.id(), layout.node(node), null);
        }
        for (Flow flow : graph.flows()) {
            edge(xml, flow);
        }
        xml.close().close();
    }

    private void shape(IndentedXml xml, String element, Bounds bounds, String horizontal) {
        xml.open("bpmndi", DI, "BPMNShape", "id", element + "_di", "bpmnElement", element, "isHorizontal", horizontal);
        bounds(xml, bounds);
        xml.close();
    }

    private void edge(IndentedXml xml, Flow flow) {
        Path path = layout.path(flow);
        xml.open("bpmndi", DI, "BPMNEdge", "id", flow.id() + "_di", "bpmnElement", flow.id());
        for (Point point : path.waypoints()) {
            xml.empty("di", DD_DI, "waypoint", "x", "" + point.x(), "y", "" + point.y());
        }
        if (path.label() != null) {
            xml.open("bpmndi", DI, "BPMNLabel");
            bounds(xml, path.label());
            xml.close();
        }
        xml.close();
    }

    private static void bounds(IndentedXml xml, Bounds bounds) {
        xml.empty("dc", DC, "Bounds", "x", "" + bounds.x(), "y", "" + bounds.y(), "width", "" + bounds.width(),
                "height", "" + bounds.height());
    }
}
