package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlToPdfTest {

    @Test
    void rendersIndonesianTextOnAnA4PageWithTheFontEmbedded() throws Exception {
        String html = """
                <html><head><style>@page { size: A4; } body { font-family: 'DejaVu Sans'; }</style></head>
                <body><p>Pemerintah Kota Bogor — Surat Balasan Nomor 001/DISKOMINFO/XI/2026</p>
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>
                </body></html>
                """;
        byte[] pdf = new HtmlToPdf().render(html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Pemerintah Kota Bogor — Surat Balasan");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }
}
