package id.surel.sop.render;

import id.surel.sop.Step;

/**
 * The PermenPAN-RB 35/2012 flowchart symbols, drawn centred on (0,0) in pixels: the terminator (start and end) is a
 * capsule, a process a rectangle, a decision a diamond. A step Surel runs itself is a process with a dashed border.
 */
enum ChartSymbol {
    TERMINATOR(40, 14),
    PROCESS(40, 17),
    SYSTEM_PROCESS(40, 17),
    DECISION(32, 20);

    private static final String STROKE = "stroke=\"#212529\" stroke-width=\"1.5\" fill=\"#ffffff\"";

    final int halfWidth;
    final int halfHeight;

    ChartSymbol(int halfWidth, int halfHeight) {
        this.halfWidth = halfWidth;
        this.halfHeight = halfHeight;
    }

    static ChartSymbol of(Step step) {
        return switch (step.kind()) {
            case SUBMISSION, END -> TERMINATOR;
            case TASK -> PROCESS;
            case SYSTEM -> SYSTEM_PROCESS;
            case DECISION -> DECISION;
        };
    }

    String svg() {
        int w = halfWidth * 2;
        int h = halfHeight * 2;
        return switch (this) {
            case TERMINATOR -> "<rect class=\"sym sym-terminator\" x=\"-" + halfWidth + "\" y=\"-" + halfHeight
                    + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"" + halfHeight + "\" " + STROKE + "/>";
            case PROCESS -> "<rect class=\"sym sym-process\" x=\"-" + halfWidth + "\" y=\"-" + halfHeight
                    + "\" width=\"" + w + "\" height=\"" + h + "\" " + STROKE + "/>";
            case SYSTEM_PROCESS -> "<rect class=\"sym sym-process sym-system\" x=\"-" + halfWidth + "\" y=\"-"
                    + halfHeight + "\" width=\"" + w + "\" height=\"" + h + "\" stroke-dasharray=\"5 3\" " + STROKE
                    + "/>";
            case DECISION -> "<polygon class=\"sym sym-decision\" points=\"0,-" + halfHeight + " " + halfWidth + ",0 0,"
                    + halfHeight + " -" + halfWidth + ",0\" " + STROKE + "/>";
        };
    }

    /** The symbol alone, for the legend under the chart. */
    String legendSvg() {
        int w = halfWidth * 2 + 4;
        int h = halfHeight * 2 + 4;
        return "<svg class=\"legend-symbol\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"-" + w / 2 + " -" + h / 2
                + " " + w + " " + h + "\" aria-hidden=\"true\">" + svg() + "</svg>";
    }
}
