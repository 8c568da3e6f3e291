package id.surel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static Document draw(List<ChartItem> items) {
        return Jsoup.parse(BarChart.of("chart-x", "Menunggu <per> pelaksana", items).svg(), Parser.xmlParser());
    }

    @Test
    void theLongestBarFillsTheTrackAndTheOthersAreInProportion() {
        Document svg = draw(List.of(new ChartItem("a", "Kepala Dinas", 4), new ChartItem("b", "Admin", 1),
                new ChartItem("c", "Staf", 0)));
        List<Double> bars = svg.select("rect.chart-bar").eachAttr("width").stream().map(Double::parseDouble).toList();
        double track = Double.parseDouble(svg.selectFirst("rect.chart-track").attr("width"));
        assertThat(bars).containsExactly(track, track / 4, 0.0);
        assertThat(svg.select("g.chart-row").eachAttr("data-value")).containsExactly("4", "1", "0");
        assertThat(svg.select("text.chart-value").eachText()).containsExactly("4", "1", "0");
    }

    @Test
    void labelsAndTitlesAreEscapedAndLongLabelsWrapToTwoLines() {
        String name = "Kepala Dinas Komunikasi Informatika Statistik dan Persandian Daerah & <Sandi>";
        String svg = BarChart.of("chart-x", "A <b>", List.of(new ChartItem("k", name, 2))).svg();
        assertThat(svg).doesNotContain("<b>").doesNotContain("<Sandi>").contains("&lt;Sandi&gt;");
        Document parsed = Jsoup.parse(svg, Parser.xmlParser());
        assertThat(parsed.select("text.chart-label tspan")).hasSize(2);
        assertThat(parsed.selectFirst("text.chart-label").text()).isEqualTo(name);
    }

    @Test
    void aLabelLongerThanTwoLinesIsCutWithAnEllipsis() {
        List<String> lines = BarChart.wrap("kata ".repeat(40));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
    }

    @Test
    void anEmptyChartIsStillAValidDrawing() {
        Document svg = draw(List.of());
        assertThat(svg.selectFirst("svg").attr("viewBox")).isEqualTo("0 0 480 17");
        assertThat(svg.select("g")).isEmpty();
    }
}
