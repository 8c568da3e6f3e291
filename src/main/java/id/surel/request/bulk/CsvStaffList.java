package id.surel.request.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A staff list as CSV. Only UTF-8 is accepted (with or without a byte-order mark): a file in another encoding
 * (Excel's "CSV" on Windows writes Windows-1252) is refused naming the first line that is not UTF-8, because guessing
 * an encoding silently changes names such as "Siti Nur’aini". The separator is a comma or, as Excel writes it in an
 * Indonesian locale, a semicolon: whichever the header line has more of.
 */
final class CsvStaffList {

    private CsvStaffList() {
    }

    static List<StaffRow> read(byte[] content, int maxRows) {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            StaffColumns columns = null;
            List<StaffRow> rows = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (columns == null) {
                    columns = StaffColumns.of(cells);
                    continue;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new StaffListException("bulk.file.tooManyRows", maxRows);
                }
                rows.add(columns.row(lines.lineAt(record.getCharacterPosition()), cells));
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new StaffListException("bulk.file.unreadable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new StaffListException("bulk.file.encoding", lineAt(content, in.position()));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new StaffListException("bulk.file.encoding", lineAt(content, content.length));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based line of a character position, counted forward as records come in order. */
    private static final class LineCounter {

        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long characterPosition) {
            for (; position < characterPosition && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
