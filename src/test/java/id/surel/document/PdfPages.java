package id.surel.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back as a person would see it: its text (whitespace collapsed) and PNG previews of its pages. */
final class PdfPages {

    static final Path PREVIEWS = Path.of("target/documents");

    private PdfPages() {
    }

    /** All text of the document with every run of whitespace made one space, so wrapped lines compare as written. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return collapse(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * The text with no whitespace at all: a line may wrap after a slash or a dot ("dan/ atau"), where the text
     * extraction then reads a space the source does not have; compare both sides squeezed.
     */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the first {@code pages} pages at 100 dpi as {@code target/documents/<name>-<n>.png}; returns the first. */
    static Path preview(byte[] pdf, String name, int pages) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(PREVIEWS);
            PDFRenderer renderer = new PDFRenderer(document);
            Path first = null;
            for (int i = 0; i < Math.min(pages, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 100);
                Path file = PREVIEWS.resolve(name + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                first = first == null ? file : first;
            }
            Files.write(PREVIEWS.resolve(name + ".pdf"), pdf);
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
