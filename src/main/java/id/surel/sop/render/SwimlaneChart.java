package id.surel.sop.render;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The flowchart part of the SOP table, the way the signed SOPs draw it: one column per swimlane, one row per step,
 * the step's symbol in its actor's column and arrows from symbol to symbol. Each lane cell is a ready SVG string (no
 * style attributes: the CSP allows only the stylesheet), so the template only places them.
 */
public record SwimlaneChart(List<String> lanes, List<Row> rows) {

    /** One step's row: the step (for the text columns) and the SVG of each lane cell, left to right. */
    public record Row(Step step, List<String> cells) {
    }

    /** The symbols for the legend under the chart; {@code failure} is the dashed arrow of an {@code ifFailed} exit. */
    public record Legend(String terminator, String process, String system, String decision, String failure) {
    }

    public SwimlaneChart {
        lanes = List.copyOf(lanes);
        rows = List.copyOf(rows);
    }

    public static SwimlaneChart of(SopDefinition definition) {
        Swimlanes lanes = Swimlanes.of(definition);
        List<List<String>> svg = new ChartDrawing(definition, lanes).svg();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < definition.steps().size(); i++) {
            rows.add(new Row(definition.steps().get(i), svg.get(i)));
        }
        return new SwimlaneChart(lanes.names(), rows);
    }

    /** Whether some step has an {@code ifFailed} exit, so the legend explains the dashed arrow. */
    public boolean drawsFailureExits() {
        return rows.stream().anyMatch(row -> row.step().ifFailed() != null);
    }

    public static Legend legend() {
        return new Legend(ChartSymbol.TERMINATOR.legendSvg(), ChartSymbol.PROCESS.legendSvg(),
                ChartSymbol.SYSTEM_PROCESS.legendSvg(), ChartSymbol.DECISION.legendSvg(), SvgCell.failureLegendSvg());
    }
}
