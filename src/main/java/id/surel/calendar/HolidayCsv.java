package id.surel.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Holidays as CSV with the header {@code date,kind,name,source}: ISO dates, a {@link HolidayKind} name, and fields
 * quoted RFC 4180 style when they hold a comma or a quote. Blank lines and lines starting with {@code #} are notes.
 */
public final class HolidayCsv {

    public static final String HEADER = "date,kind,name,source";

    private HolidayCsv() {
    }

    public static List<Holiday> parse(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        List<Holiday> holidays = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        boolean headerRead = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerRead) {
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    throw new HolidayFileException(number, "kepala kolom harus '" + HEADER + "'",
                            "the header must be '" + HEADER + "'");
                }
                headerRead = true;
                continue;
            }
            Holiday holiday = holiday(number, fields(number, lines[i]));
            Integer earlier = seen.putIfAbsent(holiday.date(), number);
            if (earlier != null) {
                throw new HolidayFileException(number, "tanggal " + holiday.date() + " sudah ada di baris " + earlier,
                        "date " + holiday.date() + " is already on line " + earlier);
            }
            holidays.add(holiday);
        }
        if (!headerRead) {
            throw new HolidayFileException(1, "berkas kosong, kepala kolom '" + HEADER + "' tidak ada",
                    "empty file, the header '" + HEADER + "' is missing");
        }
        return holidays;
    }

    public static String format(List<Holiday> holidays) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Holiday h : holidays) {
            csv.append(h.date()).append(',').append(h.kind()).append(',').append(quoted(h.name())).append(',')
                    .append(quoted(h.source())).append('\n');
        }
        return csv.toString();
    }

    private static Holiday holiday(int number, List<String> fields) {
        if (fields.size() < 3 || fields.size() > 4) {
            throw new HolidayFileException(number, "harus 3 atau 4 kolom, ada " + fields.size(),
                    "expected 3 or 4 columns, found " + fields.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0).strip());
        } catch (DateTimeParseException e) {
            throw new HolidayFileException(number, "tanggal tidak sah '" + fields.get(0) + "' (yyyy-mm-dd)",
                    "invalid date '" + fields.get(0) + "' (yyyy-mm-dd)");
        }
        HolidayKind kind;
        try {
            kind = HolidayKind.valueOf(fields.get(1).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HolidayFileException(number, "jenis tidak dikenal '" + fields.get(1) + "'",
                    "unknown kind '" + fields.get(1) + "' (NATIONAL_HOLIDAY, COLLECTIVE_LEAVE, CLOSURE)");
        }
        if (fields.get(2).isBlank()) {
            throw new HolidayFileException(number, "nama kosong", "empty name");
        }
        return new Holiday(date, fields.get(2), kind, fields.size() == 4 ? fields.get(3) : "");
    }

    private static List<String> fields(int number, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new HolidayFileException(number, "tanda kutip tidak ditutup", "unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
