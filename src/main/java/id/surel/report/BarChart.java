package id.surel.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG: one row per item, its label (wrapped to two lines at most) above a
 * full-width track with the bar on it, the value after the bar. Colours come from classes in surel.css, since the
 * CSP allows no inline styles.
 */
public final class BarChart {

    static final int WIDTH = 480;
    private static final int LINE = 17;
    private static final int BAR = 18;
    private static final int VALUE_ROOM = 44;
    private static final int CHARACTERS_PER_LINE = 56;

    private final String id;
    private final String title;
    private final List<ChartItem> items;

    private BarChart(String id, String title, List<ChartItem> items) {
        this.id = id;
        this.title = title;
        this.items = List.copyOf(items);
    }

    public static BarChart of(String id, String title, List<ChartItem> items) {
        return new BarChart(id, title, items);
    }

    public List<ChartItem> items() {
        return items;
    }

    public String svg() {
        long max = Math.max(1, items.stream().mapToLong(ChartItem::value).max().orElse(0));
        double room = WIDTH - VALUE_ROOM;
        StringBuilder rows = new StringBuilder();
        int top = 0;
        for (ChartItem item : items) {
            List<String> lines = wrap(item.label());
            int barTop = top + lines.size() * LINE + 5;
            rows.append("<g class=\"chart-row\" data-key=\"").append(Svg.text(item.key())).append("\" data-value=\"")
                    .append(item.value()).append("\"><title>").append(Svg.text(item.label() + ": " + item.value()))
                    .append("</title><text class=\"chart-label\" font-size=\"14\">");
            for (int i = 0; i < lines.size(); i++) {
                rows.append("<tspan x=\"0\" y=\"").append(top + (i + 1) * LINE - 3).append("\">")
                        .append(Svg.text(lines.get(i))).append(i < lines.size() - 1 ? " " : "").append("</tspan>");
            }
            rows.append("</text>")
                    .append("<rect class=\"chart-track\" x=\"0\" y=\"").append(barTop).append("\" width=\"")
                    .append(Svg.num(room)).append("\" height=\"").append(BAR).append("\" rx=\"3\" fill=\"#e9ecef\"/>")
                    .append("<rect class=\"chart-bar\" x=\"0\" y=\"").append(barTop).append("\" width=\"")
                    .append(Svg.num(room * item.value() / max)).append("\" height=\"").append(BAR)
                    .append("\" rx=\"3\" fill=\"#14532d\"/>")
                    .append("<text class=\"chart-value\" x=\"").append(Svg.num(room + 8)).append("\" y=\"")
                    .append(barTop + 14).append("\" font-size=\"14\">").append(item.value()).append("</text></g>");
            top = barTop + BAR + 12;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-bars\" id=\"" + Svg.text(id)
                + "\" viewBox=\"0 0 " + WIDTH + " " + Math.max(top, LINE) + "\" role=\"img\" aria-label=\""
                + Svg.text(title) + "\"><title>" + Svg.text(title) + "</title>" + rows + "</svg>";
    }

    /** Breaks a label at spaces into lines that fit the chart's width; a third line's worth is cut with an ellipsis. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHARACTERS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            String second = lines.get(1);
            lines = new ArrayList<>(List.of(lines.get(0),
                    second.substring(0, Math.min(second.length(), CHARACTERS_PER_LINE - 1)) + "…"));
        }
        return lines.stream().map(l -> l.length() > CHARACTERS_PER_LINE
                ? l.substring(0, CHARACTERS_PER_LINE - 1) + "…" : l).toList();
    }
}
