package id.surel.sop.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.Branch;
import id.surel.sop.SopDefinition;
import id.surel.sop.SopDefinitionReader;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The swimlane chart of every seed: one symbol per row in its actor's lane, an arrowhead into every step reached. */
class SwimlaneChartTest {

    @ParameterizedTest
    @ValueSource(strings = {"sop/kota-bogor/pengelolaan-email-v1.yaml", "sop/kab-morowali/penerbitan-email-v1.yaml",
            "sop/kota-cirebon/akun-email-asn-v1.yaml", "sop/kota-batam/akun-email-opd-v1.yaml"})
    void everyStepIsItsSymbolInItsLaneAndEveryArrowArrives(String seed) {
        SopDefinition definition = load(seed);
        Swimlanes lanes = Swimlanes.of(definition);
        SwimlaneChart chart = SwimlaneChart.of(definition);

        assertThat(chart.lanes()).isEqualTo(lanes.names());
        assertThat(chart.rows()).extracting(SwimlaneChart.Row::step).containsExactlyElementsOf(definition.steps());
        for (SwimlaneChart.Row row : chart.rows()) {
            Step step = row.step();
            assertThat(row.cells()).hasSize(lanes.size());
            Element cell = svg(row.cells().get(lanes.laneOf(step)));
            assertThat(cell.select(".sym")).as(step.id()).hasSize(1);
            assertThat(cell.selectFirst(".sym").hasClass(symbolClass(step))).as(step.id()).isTrue();
            boolean reached = step.kind() != StepKind.SUBMISSION;
            assertThat(cell.select("polygon.arrowhead")).as(step.id()).hasSize(reached ? 1 : 0);
            List<String> labels = cell.select("text.branch-label").stream()
                    .map(t -> String.join(" ", t.select("tspan").eachText())).toList();
            assertThat(labels).as(step.id())
                    .containsExactlyInAnyOrderElementsOf(step.branches().stream().map(Branch::label).toList());
            for (String other : row.cells()) {
                assertThat(svg(other).select("[style], style, script")).isEmpty();
            }
        }
    }

    private static String symbolClass(Step step) {
        return switch (step.kind()) {
            case SUBMISSION, END -> "sym-terminator";
            case TASK -> "sym-process";
            case SYSTEM -> "sym-system";
            case DECISION -> "sym-decision";
        };
    }

    private static Element svg(String markup) {
        return Jsoup.parseBodyFragment(markup).body().child(0);
    }

    private static SopDefinition load(String path) {
        try (InputStream in = SwimlaneChartTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new SopDefinitionReader().read(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
