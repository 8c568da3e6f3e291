package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.surel.tenant.LetterSettings;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The letterhead shows the configured logo, or a neutral drawn emblem when none is configured. */
class LetterheadsTest {

    private static final Tenant BOGOR = new Tenant(new TenantId("kota-bogor"), "BGR", "Pemerintah Kota Bogor",
            "kotabogor.go.id", ZoneId.of("Asia/Jakarta"), "sop.yaml");

    private final Tenants tenants = mock(Tenants.class);
    private final Letterheads letterheads = new Letterheads(tenants, new DefaultResourceLoader());
    private final PdfTemplates templates = StandaloneTemplates.pdfTemplates();

    @Test
    void aConfiguredPngLogoIsEmbeddedInTheLetter(@TempDir Path dir) throws IOException {
        Path logo = dir.resolve("logo.png");
        BufferedImage image = new BufferedImage(60, 70, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 60, 70);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());
        when(tenants.letterSettings(BOGOR.id())).thenReturn(
                new LetterSettings(null, "Dinas Komunikasi dan Informatika", "Bogor", logo.toUri().toString()));

        Letterhead letterhead = letterheads.of(BOGOR);

        assertThat(letterhead.logoDataUri()).startsWith("data:image/png;base64,");
        assertThat(imagesOnFirstPage(render(letterhead))).isEqualTo(1);
    }

    @Test
    void withoutALogoTheLetterheadDrawsTheNeutralEmblemAndNamesThePlaceFromTheGovernment() {
        when(tenants.letterSettings(BOGOR.id())).thenReturn(LetterSettings.NONE);

        Letterhead letterhead = letterheads.of(BOGOR);

        assertThat(letterhead.logoDataUri()).isNull();
        assertThat(letterhead.place()).isEqualTo("Kota Bogor");
        byte[] pdf = render(letterhead);
        assertThat(imagesOnFirstPage(pdf)).isZero();
        assertThat(PdfPages.text(pdf)).startsWith("PEMERINTAH KOTA BOGOR").contains("Kota Bogor, 25 November 2026");
    }

    @Test
    void aLogoThatIsNeitherPngNorJpegIsRefused() {
        when(tenants.letterSettings(BOGOR.id())).thenReturn(new LetterSettings(null, null, null, "classpath:logo.gif"));
        assertThatThrownBy(() -> letterheads.of(BOGOR)).hasMessageContaining("PNG");
    }

    private byte[] render(Letterhead letterhead) {
        ReplyLetter letter = new ReplyLetter(letterhead, "001/SB/BGR/XI/2026", new LetterDate(LocalDate.of(2026, 11, 25)),
                true, new ReplyLetter.Applicant("Budi Santoso", "19850312 201001 1 004", "Dinas Pendidikan", null,
                        "budi@contoh.test", "budi.santoso@kotabogor.go.id"),
                "BGR-2026-000001", new LetterDate(LocalDate.of(2026, 11, 20)), null,
                new Signatory("Rina Marlina, S.T.", "Kepala Bidang E-Government", null));
        return templates.render("reply-letter", Map.of("letter", letter));
    }

    private static int imagesOnFirstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            return images;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
