package id.surel.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Staff lists for bulk uploads, written as real XLSX workbooks (POI) or CSV text in a chosen encoding. */
public final class StaffLists {

    public static final List<String> HEADER = List.of("Nama", "NIP", "Jabatan", "Unit Kerja", "E-mail kontak",
            "Username");

    private StaffLists() {
    }

    /** A workbook whose first sheet holds {@link #HEADER} then {@code rows}; every cell is a text cell. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Pegawai");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text with {@link #HEADER}, cells quoted, lines ended by CRLF, in {@code charset}. */
    public static byte[] csv(List<List<String>> rows, Charset charset) {
        StringBuilder text = new StringBuilder(line(HEADER));
        rows.forEach(r -> text.append(line(r)));
        return text.toString().getBytes(charset);
    }

    /** One valid row for a new person: name, NIP, position, unit, contact, no username. */
    public static List<String> validRow() {
        return List.of(TestApplicants.name(), TestApplicants.nip(), "Pranata Komputer", "Bidang Aplikasi",
                TestApplicants.contactEmail(), "");
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            line.append('"').append(cells.get(c) == null ? "" : cells.get(c).replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
