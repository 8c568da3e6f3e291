package id.surel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ColumnChartTest {

    private static Document draw(long... values) {
        List<ChartItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            items.add(new ChartItem("2098-" + (i + 1), "M" + (i + 1), values[i]));
        }
        return Jsoup.parse(ColumnChart.of("chart-y", "Akun", items).svg(), Parser.xmlParser());
    }

    @Test
    void columnHeightsAreProportionalToTheValuesOnAnAxisFromZero() {
        Document svg = draw(0, 2, 4);
        List<Double> heights = svg.select("rect.chart-bar").eachAttr("height").stream().map(Double::parseDouble)
                .toList();
        assertThat(heights.get(0)).isZero();
        assertThat(heights.get(2)).isEqualTo(heights.get(1) * 2);
        assertThat(svg.select("text.chart-axis").eachText()).containsExactly("0", "1", "2", "3", "4");
        assertThat(svg.select("g.chart-column").eachAttr("data-value")).containsExactly("0", "2", "4");
        assertThat(svg.select("text.chart-label").eachText()).containsExactly("M1", "M2", "M3");
    }

    @Test
    void theAxisStepsInOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Svg.axisStep(0)).isEqualTo(1);
        assertThat(Svg.axisStep(7)).isEqualTo(2);
        assertThat(Svg.axisStep(18)).isEqualTo(5);
        assertThat(Svg.axisStep(120)).isEqualTo(50);
        assertThat(draw(120).select("text.chart-axis").eachText()).containsExactly("0", "50", "100", "150");
    }

    @Test
    void aSeriesOfZerosKeepsAnAxisToOne() {
        Document svg = draw(0, 0);
        assertThat(svg.select("text.chart-axis").eachText()).containsExactly("0", "1");
        assertThat(svg.select("rect.chart-bar").eachAttr("height")).containsOnly("0.0");
    }
}
