package id.surel.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML page into an A4 PDF with the bundled DejaVu fonts embedded, so every machine prints the same letter.
 * Pages use {@code font-family: 'DejaVu Sans'} or {@code 'DejaVu Serif'}; inline SVG is drawn.
 */
@Component
public class HtmlToPdf {

    private static final String[][] FONTS = {
            {"fonts/DejaVuSans.ttf", "DejaVu Sans", "400"}, {"fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", "700"},
            {"fonts/DejaVuSerif.ttf", "DejaVu Serif", "400"}, {"fonts/DejaVuSerif-Bold.ttf", "DejaVu Serif", "700"}};

    /** Renders well-formed XHTML (Thymeleaf output is) into PDF bytes. */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (String[] font : FONTS) {
                builder.useFont(() -> open(font[0]), font[1], Integer.parseInt(font[2]),
                        com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = HtmlToPdf.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Font missing from the classpath: " + resource);
        }
        return in;
    }
}
