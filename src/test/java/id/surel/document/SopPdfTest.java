package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SOP document as PDF: for every seed, the identity, every step with its time standard, on A4 landscape. */
class SopPdfTest {

    private final SopPdf sopPdf = new SopPdf(StandaloneTemplates.pdfTemplates());

    @ParameterizedTest
    @EnumSource(SeedSops.class)
    void theSopPdfPrintsTheIdentityAndEveryStepWithItsActivityAndTimeStandard(SeedSops seed) {
        SopDefinition definition = seed.definition();
        byte[] pdf = sopPdf.render(definition, seed.government);

        String text = PdfPages.text(pdf);
        String squeezed = PdfPages.squeeze(text);
        assertThat(text).contains(seed.government);
        assertThat(squeezed).contains(PdfPages.squeeze(definition.identity().title()));
        if (definition.identity().approvedBy() != null) {
            assertThat(squeezed).contains(PdfPages.squeeze(definition.identity().approvedBy()));
        }
        for (Step step : definition.steps()) {
            assertThat(squeezed).as("activity of %s", step.id()).contains(PdfPages.squeeze(step.activity()));
            if (step.time() != null) {
                assertThat(text).as("time of %s", step.id()).contains(step.time().text());
            }
        }
        boolean failureExit = definition.steps().stream().anyMatch(s -> s.ifFailed() != null);
        assertThat(text.contains("Jika tindakan sistem gagal")).as("the legend explains the dashed ifFailed arrow")
                .isEqualTo(failureExit);
        Path preview = PdfPages.preview(pdf, "sop-" + seed.tenant, 3);
        assertThat(preview).isNotEmptyFile();
    }
}
