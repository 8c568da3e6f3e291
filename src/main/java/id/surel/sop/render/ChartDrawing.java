package id.surel.sop.render;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.render.Routing.Exit;
import id.surel.sop.render.Routing.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a definition into a grid of lane cells, one row per step: each step's symbol in its lane, and every arrow as
 * line pieces through the cells it crosses. Horizontal positions are percentages of a lane's width; vertical ones are
 * the row's top, a jog line 8 px below it (where arrows turn towards their target), its middle and its bottom.
 */
final class ChartDrawing {

    private static final String[] Y = {"0", "8", "50%", "100%"};
    private static final int TOP = 0;
    private static final int JOG = 1;
    private static final int MID = 2;
    private static final int BOTTOM = 3;
    private static final int CENTRE = 50;
    private static final int CORRIDOR_STEP = 6;

    private final SopDefinition definition;
    private final Swimlanes lanes;
    private final List<List<SvgCell>> cells = new ArrayList<>();
    private final Routing routing = new Routing();

    ChartDrawing(SopDefinition definition, Swimlanes lanes) {
        this.definition = definition;
        this.lanes = lanes;
        for (Step step : definition.steps()) {
            List<SvgCell> row = new ArrayList<>();
            for (int lane = 0; lane < lanes.size(); lane++) {
                row.add(new SvgCell());
            }
            row.get(lanes.laneOf(step)).symbol(ChartSymbol.of(step));
            cells.add(row);
        }
        for (int row = 0; row < definition.steps().size(); row++) {
            Step step = definition.steps().get(row);
            for (Successors.Exit exit : Successors.of(step)) {
                arrow(row, definition.steps().indexOf(definition.step(exit.target())), exit);
            }
        }
    }

    /** The SVG of every cell, by row then lane. */
    List<List<String>> svg() {
        return cells.stream().map(row -> row.stream().map(SvgCell::toSvg).toList()).toList();
    }

    /** An arrow from row {@code from} to row {@code to}; an {@code ifFailed} exit is dashed and says "Jika gagal". */
    private void arrow(int from, int to, Successors.Exit exit) {
        int fromLane = lanes.laneOf(definition.steps().get(from));
        int toLane = lanes.laneOf(definition.steps().get(to));
        SvgCell source = cells.get(from).get(fromLane);
        Route route = routing.route(from, fromLane, to, toLane);
        boolean dashed = exit.failure();
        String label = exit.failure() ? Successors.IF_FAILED + ": " + exit.label() : exit.label();
        if (route.down()) {
            vertical(fromLane, CENTRE, from, MID, from, BOTTOM, dashed);
            vertical(fromLane, CENTRE, to, TOP, to, JOG, dashed);
            horizontal(to, JOG, fromLane, CENTRE, toLane, CENTRE, dashed);
            if (label != null) {
                source.label(label, 6, source.symbol().halfHeight + 13, "start", false, dashed);
            }
        } else {
            boolean right = route.exit() == Exit.RIGHT;
            int corridor = right ? 100 - CORRIDOR_STEP * (route.slot() + 1) : CORRIDOR_STEP * (route.slot() + 1);
            horizontal(from, MID, fromLane, CENTRE, fromLane, corridor, dashed);
            vertical(fromLane, corridor, from, MID, to, JOG, dashed);
            horizontal(to, JOG, fromLane, corridor, toLane, CENTRE, dashed);
            if (label != null) {
                int x = source.symbol().halfWidth + 3;
                source.label(label, right ? x : -x, -5, right ? "start" : "end", true, dashed);
            }
        }
        vertical(toLane, CENTRE, to, JOG, to, MID, dashed);
        cells.get(to).get(toLane).arrowIn();
    }

    /** A vertical line in one lane from (row a, height a) to (row b, height b), cut into one piece per row. */
    private void vertical(int lane, int x, int rowA, int yA, int rowB, int yB, boolean dashed) {
        boolean aFirst = rowA < rowB || (rowA == rowB && yA <= yB);
        int firstRow = aFirst ? rowA : rowB;
        int firstY = aFirst ? yA : yB;
        int lastRow = aFirst ? rowB : rowA;
        int lastY = aFirst ? yB : yA;
        for (int row = firstRow; row <= lastRow; row++) {
            int top = row == firstRow ? firstY : TOP;
            int bottom = row == lastRow ? lastY : BOTTOM;
            cells.get(row).get(lane).line(x + "%", Y[top], x + "%", Y[bottom], dashed);
        }
    }

    /** A horizontal line in one row from (lane a, x a) to (lane b, x b), cut into one piece per lane. */
    private void horizontal(int row, int y, int laneA, int xA, int laneB, int xB, boolean dashed) {
        boolean aFirst = laneA < laneB || (laneA == laneB && xA <= xB);
        int firstLane = aFirst ? laneA : laneB;
        int firstX = aFirst ? xA : xB;
        int lastLane = aFirst ? laneB : laneA;
        int lastX = aFirst ? xB : xA;
        for (int lane = firstLane; lane <= lastLane; lane++) {
            int left = lane == firstLane ? firstX : 0;
            int right = lane == lastLane ? lastX : 100;
            cells.get(row).get(lane).line(left + "%", Y[y], right + "%", Y[y], dashed);
        }
    }
}
