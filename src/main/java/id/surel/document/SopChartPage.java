package id.surel.document;

import id.surel.sop.Step;
import id.surel.sop.render.SwimlaneChart;
import java.util.List;

/**
 * The swimlane chart fitted to an A4 landscape page. A PDF row cannot stretch its lane drawings to whatever height
 * its text takes, as a browser does, so every row gets a height from an estimate of its wrapped text (on the safe
 * side) and each lane cell's drawing is framed at exactly that size.
 */
public record SopChartPage(List<String> lanes, int laneWidth, int activityWidth, List<Row> rows) {

    /** The width the columns share: the page's 277 mm less the text cells' padding and the borders. */
    static final int PAGE_WIDTH = 975;
    static final int NUMBER_WIDTH = 28;
    static final int LIST_WIDTH = 140;
    static final int TIME_WIDTH = 60;
    private static final int MIN_ACTIVITY_WIDTH = 190;
    private static final int MIN_ROW_HEIGHT = 72;
    private static final double CHAR_WIDTH = 6.4;
    private static final int LINE_HEIGHT = 14;
    private static final int CELL_PADDING = 16;
    static final int BLEED = 60;

    /** One step's row: its text columns come from {@code step}, its lane cells are framed SVG of {@code height}. */
    public record Row(Step step, List<String> cells, int height) {
    }

    public int numberWidth() {
        return NUMBER_WIDTH;
    }

    public int listWidth() {
        return LIST_WIDTH;
    }

    public int timeWidth() {
        return TIME_WIDTH;
    }

    static SopChartPage of(SwimlaneChart chart) {
        int lanes = chart.lanes().size();
        int laneWidth = Math.max(84, Math.min(120,
                (PAGE_WIDTH - NUMBER_WIDTH - 2 * LIST_WIDTH - TIME_WIDTH - MIN_ACTIVITY_WIDTH) / lanes));
        int activityWidth = PAGE_WIDTH - NUMBER_WIDTH - 2 * LIST_WIDTH - TIME_WIDTH - lanes * laneWidth;
        List<Row> rows = chart.rows().stream().map(row -> {
            int height = height(row.step(), activityWidth);
            return new Row(row.step(), row.cells().stream().map(svg -> framed(svg, laneWidth, height)).toList(),
                    height);
        }).toList();
        return new SopChartPage(chart.lanes(), laneWidth, activityWidth, rows);
    }

    private static int height(Step step, int activityWidth) {
        int lines = Math.max(lines(List.of(step.activity()), activityWidth),
                Math.max(lines(step.inputs(), LIST_WIDTH), lines(step.outputs(), LIST_WIDTH)));
        return Math.max(MIN_ROW_HEIGHT, lines * LINE_HEIGHT + CELL_PADDING);
    }

    private static int lines(List<String> texts, int width) {
        int perLine = (int) ((width - CELL_PADDING) / CHAR_WIDTH);
        return texts.stream().mapToInt(t -> (t.length() + perLine - 1) / perLine + (t.length() > perLine ? 1 : 0))
                .sum();
    }

    /**
     * The cell's drawing (lengths in % of the cell) in a nested SVG of the cell's exact size, inside a root that
     * reaches {@code BLEED} px into the neighbouring lanes and the row below, so that branch labels may cross the lane border as they do
     * on the web page; the root's negative margins keep the cell its own width. The PDF's SVG renderer ignores
     * {@code paint-order}, so a label's white halo would cover its letters: the halo is dropped.
     */
    private static String framed(String cellSvg, int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lane-frame\" width=\"" + (width + 2 * BLEED)
                + "\" height=\"" + (height + BLEED) + "\" font-family=\"DejaVu Sans\">"
                + "<style type=\"text/css\">.branch-label { stroke: none; font-size: 8px; }</style>"
                + "<svg x=\"" + BLEED + "\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" overflow=\"visible\">"
                + cellSvg + "</svg></svg>";
    }

    /** A legend symbol as a standalone SVG root. */
    static String standalone(String svg) {
        return svg.replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
    }
}
