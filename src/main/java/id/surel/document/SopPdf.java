package id.surel.document;

import id.surel.sop.SopDefinition;
import id.surel.sop.render.SwimlaneChart;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The SOP document as PDF on A4 landscape, with the content of the /sop page: identity table, flowchart with
 * swimlanes and the standard symbols, mutu baku, revision history. The chart comes from the same render classes.
 */
@Service
public class SopPdf {

    private final PdfTemplates templates;

    SopPdf(PdfTemplates templates) {
        this.templates = templates;
    }

    /** @param government the tenant's name, for the running footer of every page */
    public byte[] render(SopDefinition definition, String government) {
        SwimlaneChart.Legend legend = SwimlaneChart.legend();
        SwimlaneChart chart = SwimlaneChart.of(definition);
        return templates.render("sop", Map.of(
                "definition", definition,
                "government", government,
                "chart", SopChartPage.of(chart),
                "failureExits", chart.drawsFailureExits(),
                "legend", new SwimlaneChart.Legend(SopChartPage.standalone(legend.terminator()),
                        SopChartPage.standalone(legend.process()), SopChartPage.standalone(legend.system()),
                        SopChartPage.standalone(legend.decision()), SopChartPage.standalone(legend.failure())),
                "dates", new SopDates(definition.identity())));
    }
}
