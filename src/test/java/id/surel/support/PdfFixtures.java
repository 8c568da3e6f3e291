package id.surel.support;

import java.nio.charset.StandardCharsets;

/** A minimal well-formed one-page PDF, standing in for a scanned request letter. */
public final class PdfFixtures {

    private PdfFixtures() {
    }

    public static byte[] letter() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
