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
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The swimlane chart of every seed: one symbol per row in its actor's lane, an arrowhead into every step reached. */
class SwimlaneChartTest {

    @ParameterizedTest
    @ValueSource(strings = {"sop/kota-bogor/pengelolaan-email-v1.yaml", "sop/kab-morowali/penerbitan-email-v1.yaml",
            "sop/kota-cirebon/akun-email-asn-v1.yaml", "sop/kota-batam/akun-email-opd-v1.yaml",
            "sop/kab-morowali/penerbitan-email-v2.yaml"})
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
            List<String> expected = new ArrayList<>(step.branches().stream().map(Branch::label).toList());
            if (step.ifFailed() != null) {
                expected.add("Jika gagal: " + step.ifFailed().label());
            }
            assertThat(labels).as(step.id()).containsExactlyInAnyOrderElementsOf(expected);
            for (String other : row.cells()) {
                assertThat(svg(other).select("[style], style, script")).isEmpty();
            }
        }
    }

    @Test
    void anIfFailedExitIsADashedLabelledArrowFromItsStepDownToItsTarget() {
        SopDefinition definition = load("sop/kab-morowali/penerbitan-email-v2.yaml");
        Swimlanes lanes = Swimlanes.of(definition);
        SwimlaneChart chart = SwimlaneChart.of(definition);
        Step failing = definition.steps().stream().filter(s -> s.ifFailed() != null).findFirst().orElseThrow();
        int from = definition.steps().indexOf(failing);
        int to = definition.steps().indexOf(definition.step(failing.ifFailed().next()));

        assertThat(chart.drawsFailureExits()).isTrue();
        Element source = svg(chart.rows().get(from).cells().get(lanes.laneOf(failing)));
        assertThat(String.join(" ", source.select("text.failure-label tspan").eachText())).isEqualTo("Jika gagal: " + failing.ifFailed().label());
        assertThat(source.select("line.failure-path")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.attr("stroke-dasharray")).isNotBlank());
        assertThat(source.select("line:not(.failure-path)")).as("the step's own exit stays solid").isNotEmpty()
                .allSatisfy(line -> assertThat(line.hasAttr("stroke-dasharray")).isFalse());
        for (int row = from; row <= to; row++) {
            long dashed = chart.rows().get(row).cells().stream().mapToLong(c -> svg(c).select("line.failure-path").size())
                    .sum();
            assertThat(dashed).as("dashed pieces in row %d", row).isPositive();
        }
        for (int row = 0; row < chart.rows().size(); row++) {
            if (row < from || row > to) {
                assertThat(chart.rows().get(row).cells()).as("row %d", row)
                        .allSatisfy(c -> assertThat(svg(c).select(".failure-path, .failure-label")).isEmpty());
            }
        }
        Element target = svg(chart.rows().get(to).cells().get(lanes.laneOf(definition.step(failing.ifFailed().next()))));
        assertThat(target.select("polygon.arrowhead")).hasSize(1);
    }

    @Test
    void aChartWithoutIfFailedDrawsNoDashedArrow() {
        SwimlaneChart chart = SwimlaneChart.of(load("sop/kab-morowali/penerbitan-email-v1.yaml"));

        assertThat(chart.drawsFailureExits()).isFalse();
        assertThat(chart.rows()).allSatisfy(row -> assertThat(row.cells())
                .allSatisfy(c -> assertThat(svg(c).select(".failure-path, .failure-label")).isEmpty()));
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
