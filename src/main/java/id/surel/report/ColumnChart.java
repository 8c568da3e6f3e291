package id.surel.report;

import java.util.List;

/**
 * A column chart of a series (e.g. accounts per month) drawn as inline SVG: a value axis from 0 with gridlines, one
 * column per item with its value above and its label below.
 */
public final class ColumnChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 8;
    private static final int TOP = 22;
    private static final int BOTTOM = 30;

    private final String id;
    private final String title;
    private final List<ChartItem> items;

    private ColumnChart(String id, String title, List<ChartItem> items) {
        this.id = id;
        this.title = title;
        this.items = List.copyOf(items);
    }

    public static ColumnChart of(String id, String title, List<ChartItem> items) {
        return new ColumnChart(id, title, items);
    }

    public List<ChartItem> items() {
        return items;
    }

    public String svg() {
        long max = items.stream().mapToLong(ChartItem::value).max().orElse(0);
        long step = Svg.axisStep(max);
        long top = Math.max(step, (max + step - 1) / step * step);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double baseline = HEIGHT - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-columns\" id=\"").append(Svg.text(id))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Svg.text(title)).append("\">")
                .append("<title>").append(Svg.text(title)).append("</title>");
        for (long tick = 0; tick <= top; tick += step) {
            double y = baseline - plotHeight * tick / top;
            svg.append("<line class=\"chart-grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"").append(Svg.num(y))
                    .append("\" stroke=\"#dee2e6\"/>")
                    .append("<text class=\"chart-axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.num(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, items.size());
        double width = slot * 0.6;
        for (int i = 0; i < items.size(); i++) {
            ChartItem item = items.get(i);
            double height = plotHeight * item.value() / top;
            double centre = LEFT + slot * i + slot / 2;
            svg.append("<g class=\"chart-column\" data-key=\"").append(Svg.text(item.key())).append("\" data-value=\"")
                    .append(item.value()).append("\">")
                    .append("<rect class=\"chart-bar\" x=\"").append(Svg.num(centre - width / 2)).append("\" y=\"")
                    .append(Svg.num(baseline - height)).append("\" width=\"").append(Svg.num(width))
                    .append("\" height=\"").append(Svg.num(height)).append("\" fill=\"#14532d\"/>")
                    .append("<text class=\"chart-value\" x=\"").append(Svg.num(centre)).append("\" y=\"")
                    .append(Svg.num(baseline - height - 6)).append("\" font-size=\"12\" text-anchor=\"middle\">")
                    .append(item.value()).append("</text>")
                    .append("<text class=\"chart-label\" x=\"").append(Svg.num(centre)).append("\" y=\"")
                    .append(Svg.num(baseline + 18)).append("\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(Svg.text(item.label())).append("</text>")
                    .append("</g>");
        }
        svg.append("<line class=\"chart-baseline\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(Svg.num(baseline)).append("\" y2=\"").append(Svg.num(baseline))
                .append("\" stroke=\"#6c757d\"/>");
        return svg.append("</svg>").toString();
    }
}
