package id.surel.sop.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drawing in one lane cell of one row of the SOP table. The cell's height follows the row's text, so lines use
 * SVG lengths that are either a percentage or pixels ("50%", "8"), and the symbol, arrowheads and labels sit in a
 * nested SVG whose origin is the cell's centre.
 */
final class SvgCell {

    static final String LINE = "stroke=\"#212529\" stroke-width=\"1.3\"";
    /** The line of an {@code ifFailed} exit: dashed, unlike every other arrow (a system step's box is dashed "5 3"). */
    static final String FAILURE_LINE = "class=\"failure-path\" stroke-dasharray=\"3 3\" " + LINE;

    private final Set<String> lines = new LinkedHashSet<>();
    private final List<String> centred = new ArrayList<>();
    private ChartSymbol symbol;
    private boolean arrowIn;

    void line(String x1, String y1, String x2, String y2, boolean dashed) {
        if (!(x1.equals(x2) && y1.equals(y2))) {
            lines.add("<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" "
                    + (dashed ? FAILURE_LINE : LINE) + "/>");
        }
    }

    void symbol(ChartSymbol symbol) {
        this.symbol = symbol;
    }

    ChartSymbol symbol() {
        return symbol;
    }

    /** An arrowhead touching the top of this cell's symbol. */
    void arrowIn() {
        arrowIn = true;
    }

    /**
     * A branch label at {@code (x, y)} from the centre, wrapped at spaces into short lines; {@code anchor} is start or
     * end; {@code failure} marks the label of an {@code ifFailed} exit.
     */
    void label(String text, int x, int y, String anchor, boolean upwards, boolean failure) {
        List<String> parts = wrap(text);
        StringBuilder svg = new StringBuilder("<text class=\"branch-label" + (failure ? " failure-label" : "")
                + "\" font-size=\"10\" fill=\"#212529\""
                + " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" text-anchor=\"" + anchor + "\">");
        int first = upwards ? y - (parts.size() - 1) * 11 : y;
        for (int i = 0; i < parts.size(); i++) {
            svg.append("<tspan x=\"").append(x).append("\" y=\"").append(first + i * 11).append("\">")
                    .append(escape(parts.get(i))).append("</tspan>");
        }
        centred.add(svg.append("</text>").toString());
    }

    /** A short dashed arrow, for the legend under the chart. */
    static String failureLegendSvg() {
        return "<svg class=\"legend-symbol\" width=\"44\" height=\"12\" viewBox=\"0 0 44 12\" aria-hidden=\"true\">"
                + "<line x1=\"0\" y1=\"6\" x2=\"36\" y2=\"6\" " + FAILURE_LINE + "/>"
                + "<polygon class=\"arrowhead\" points=\"36,2 36,10 44,6\" fill=\"#212529\"/></svg>";
    }

    String toSvg() {
        StringBuilder svg = new StringBuilder(
                "<svg class=\"lane-svg\" width=\"100%\" height=\"100%\" overflow=\"visible\" aria-hidden=\"true\">");
        lines.forEach(svg::append);
        if (symbol != null || !centred.isEmpty()) {
            svg.append("<svg x=\"50%\" y=\"50%\" overflow=\"visible\">");
            if (symbol != null) {
                svg.append(symbol.svg());
                if (arrowIn) {
                    int tip = -symbol.halfHeight;
                    svg.append("<polygon class=\"arrowhead\" points=\"-4,").append(tip - 8).append(" 4,")
                            .append(tip - 8).append(" 0,").append(tip).append("\" fill=\"#212529\"/>");
                }
            }
            centred.forEach(svg::append);
            svg.append("</svg>");
        }
        return svg.append("</svg>").toString();
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > 10) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
