package id.surel.sop.render;

import id.surel.sop.render.BpmnGraph.Flow;
import id.surel.sop.render.BpmnGraph.Node;
import id.surel.sop.render.Routing.Exit;
import id.surel.sop.render.Routing.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the BPMN diagram draws things: a vertical pool with one column per lane (like the SOP table) and one row per
 * node in drawing order, each row as high as its node plus a gap; arrows follow {@link Routing}. Tasks are large
 * because their names are the SOP's full activity texts.
 */
final class BpmnLayout {

    record Bounds(int x, int y, int width, int height) {

        int centerX() {
            return x + width / 2;
        }

        int centerY() {
            return y + height / 2;
        }

        int bottom() {
            return y + height;
        }

        int right() {
            return x + width;
        }
    }

    record Point(int x, int y) {
    }

    /** A flow's path and, for a named (branch) flow, where its label goes. */
    record Path(List<Point> waypoints, Bounds label) {
    }

    static final int ORIGIN_X = 160;
    static final int ORIGIN_Y = 80;
    static final int POOL_HEADER = 30;
    static final int LANE_HEADER = 30;
    static final int LANE_WIDTH = 300;
    static final int ROW_GAP = 56;
    private static final int CORRIDOR_MARGIN = 14;
    private static final int CORRIDOR_GAP = 10;
    private static final int ENTRY_RISE = ROW_GAP / 2;

    private final BpmnGraph graph;
    private final int laneCount;
    private final Map<String, Path> paths = new HashMap<>();
    private final Map<String, Bounds> boundaryEvents = new HashMap<>();
    private final int[] rowTop;

    BpmnLayout(BpmnGraph graph, int laneCount) {
        this.graph = graph;
        this.laneCount = laneCount;
        List<Node> placed = graph.placed();
        this.rowTop = new int[placed.size() + 1];
        rowTop[0] = ORIGIN_Y + POOL_HEADER + LANE_HEADER;
        for (int row = 0; row < placed.size(); row++) {
            rowTop[row + 1] = rowTop[row] + placed.get(row).type().height + ROW_GAP;
        }
        Routing routing = new Routing();
        for (Flow flow : graph.flows()) {
            paths.put(flow.id(), path(flow, routing));
        }
    }

    Bounds pool() {
        return new Bounds(ORIGIN_X, ORIGIN_Y, laneCount * LANE_WIDTH, rowTop[rowTop.length - 1] - ORIGIN_Y);
    }

    Bounds lane(int index) {
        Bounds pool = pool();
        return new Bounds(ORIGIN_X + index * LANE_WIDTH, ORIGIN_Y + POOL_HEADER, LANE_WIDTH,
                pool.height() - POOL_HEADER);
    }

    Bounds node(Node node) {
        if (node.attachedTo() != null) {
            return boundaryEvents.get(node.id());
        }
        int row = graph.row(node.id());
        int centerX = lane(node.lane()).centerX();
        int centerY = (rowTop[row] + rowTop[row + 1]) / 2;
        return new Bounds(centerX - node.type().width / 2, centerY - node.type().height / 2, node.type().width,
                node.type().height);
    }

    Path path(Flow flow) {
        return paths.get(flow.id());
    }

    private Path path(Flow flow, Routing routing) {
        Node source = graph.node(flow.source());
        Node target = graph.node(flow.target());
        Route route = routing.route(graph.row(source.id()), source.lane(), graph.row(target.id()), target.lane());
        if (source.attachedTo() != null) {
            boundaryEvents.put(source.id(), onBottomEdge(node(graph.node(source.attachedTo())), source, route));
        }
        Bounds from = node(source);
        Bounds to = node(target);
        List<Point> points = new ArrayList<>();
        Bounds label;
        if (route.down()) {
            points.add(new Point(from.centerX(), from.bottom()));
            if (from.centerX() != to.centerX()) {
                int middle = (from.bottom() + to.y()) / 2;
                points.add(new Point(from.centerX(), middle));
                points.add(new Point(to.centerX(), middle));
            }
            label = new Bounds(from.centerX() + 6, from.bottom() + 4, 90, 14);
        } else {
            boolean right = route.exit() == Exit.RIGHT;
            Bounds lane = lane(source.lane());
            int offset = CORRIDOR_MARGIN + route.slot() * CORRIDOR_GAP;
            int corridor = right ? lane.right() - offset : lane.x() + offset;
            int entry = to.y() - ENTRY_RISE;
            points.add(new Point(right ? from.right() : from.x(), from.centerY()));
            points.add(new Point(corridor, from.centerY()));
            points.add(new Point(corridor, entry));
            points.add(new Point(to.centerX(), entry));
            label = new Bounds(right ? from.right() + 4 : from.x() - 94, from.centerY() - 18, 90, 14);
        }
        points.add(new Point(to.centerX(), to.y()));
        return new Path(List.copyOf(points), flow.name() == null ? null : label);
    }

    /** A boundary event straddles its task's bottom edge, near the side its flow leaves by. */
    private static Bounds onBottomEdge(Bounds task, Node event, Route route) {
        int size = event.type().width;
        int x = route.exit() == Exit.LEFT ? task.x() + CORRIDOR_MARGIN : task.right() - CORRIDOR_MARGIN - size;
        return new Bounds(x, task.bottom() - size / 2, size, size);
    }
}
